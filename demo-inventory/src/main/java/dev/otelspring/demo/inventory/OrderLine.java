package dev.otelspring.demo.inventory;

/**
 * One line of an order: a product and how many of it.
 *
 * @param sku the product's identifier
 * @param quantity how many, at least one
 */
public record OrderLine(String sku, int quantity) {

}
