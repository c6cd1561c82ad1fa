package dev.otelspring.demo.grocery;

import java.io.Serializable;

/**
 * A product the store sells. Serializable, because the product list is cached in Redis with
 * Spring's default JDK serialization.
 *
 * @param sku the product's identifier
 * @param name the name shoppers see
 * @param priceCents the unit price, in cents
 */
public record Product(String sku, String name, int priceCents) implements Serializable {

}
