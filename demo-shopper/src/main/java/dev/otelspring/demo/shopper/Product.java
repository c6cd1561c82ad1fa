package dev.otelspring.demo.shopper;

/**
 * A product as the store lists it.
 *
 * @param sku the product's identifier
 * @param name its name
 * @param priceCents its unit price, in cents
 */
record Product(String sku, String name, int priceCents) {

}
