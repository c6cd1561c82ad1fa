package dev.otelspring.demo.inventory;

import java.util.List;

/**
 * An order to take out of the stock, as the grocery store sends it at checkout.
 *
 * @param orderId the store's identifier of the order
 * @param lines what to take out
 */
public record OrderRequest(String orderId, List<OrderLine> lines) {

}
