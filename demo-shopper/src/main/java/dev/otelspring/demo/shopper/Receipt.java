package dev.otelspring.demo.shopper;

/**
 * What the store answers at checkout.
 *
 * @param orderId the order's identifier
 * @param items how many items were bought
 * @param totalCents what they cost, in cents
 */
record Receipt(String orderId, int items, long totalCents) {

}
