package dev.otelspring.demo.grocery;

/**
 * A cart checked out.
 *
 * @param orderId the order's identifier, also known to the inventory
 * @param items how many items were bought
 * @param totalCents what they cost, in cents
 */
record Receipt(String orderId, int items, long totalCents) {

}
