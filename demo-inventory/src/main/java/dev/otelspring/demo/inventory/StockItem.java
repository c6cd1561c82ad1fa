package dev.otelspring.demo.inventory;

/**
 * One product on the shelves.
 *
 * @param sku the product's identifier
 * @param name the name shoppers see
 * @param priceCents the unit price, in cents
 * @param quantity how many are left
 */
public record StockItem(String sku, String name, int priceCents, int quantity) {

}
