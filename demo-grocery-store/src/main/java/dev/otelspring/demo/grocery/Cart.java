package dev.otelspring.demo.grocery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shopper's cart: products and how many of each. Synchronized, since a shopper may add items
 * from several threads at once.
 */
class Cart {

	private final String id;

	private final Map<String, CartLine> lines = new LinkedHashMap<>();

	Cart(String id) {
		this.id = id;
	}

	String id() {
		return this.id;
	}

	synchronized void add(Product product, int quantity) {
		this.lines.merge(product.sku(), new CartLine(product.sku(), product.name(), quantity, product.priceCents()),
				(line, added) -> new CartLine(line.sku(), line.name(), line.quantity() + added.quantity(),
						line.priceCents()));
	}

	synchronized View view() {
		List<CartLine> copy = new ArrayList<>(this.lines.values());
		return new View(this.id, copy, copy.stream().mapToLong(CartLine::totalCents).sum());
	}

	/**
	 * One product in a cart.
	 *
	 * @param sku the product's identifier
	 * @param name its name
	 * @param quantity how many
	 * @param priceCents its unit price, in cents
	 */
	record CartLine(String sku, String name, int quantity, int priceCents) {

		long totalCents() {
			return (long) this.quantity * this.priceCents;
		}

	}

	/**
	 * What a cart holds, as the API shows it.
	 *
	 * @param id the cart's identifier
	 * @param lines its products
	 * @param totalCents what it costs, in cents
	 */
	record View(String id, List<CartLine> lines, long totalCents) {

	}

}
