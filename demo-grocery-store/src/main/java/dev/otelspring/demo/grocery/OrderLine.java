package dev.otelspring.demo.grocery;

/**
 * One line of an order as the inventory takes it.
 *
 * @param sku the product's identifier
 * @param quantity how many
 */
record OrderLine(String sku, int quantity) {

}
