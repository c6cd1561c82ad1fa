package dev.otelspring.demo.shopper;

/**
 * One visit to the store, as {@code POST /visits} reports it.
 *
 * @param shopperId who shopped
 * @param traceId the visit's trace, to look up in Grafana (or in the console output)
 * @param orderId the order placed
 * @param items how many items were bought
 * @param totalCents what they cost, in cents
 */
record Visit(String shopperId, String traceId, String orderId, int items, long totalCents) {

}
