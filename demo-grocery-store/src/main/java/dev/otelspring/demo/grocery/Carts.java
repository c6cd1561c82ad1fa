package dev.otelspring.demo.grocery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open carts, kept in memory, and their checkout through the inventory.
 */
@Service
class Carts {

	// Carts of shoppers who never check out must not pile up while the demo runs for days.
	private static final int MAX_OPEN_CARTS = 10_000;

	private static final Logger logger = LoggerFactory.getLogger(Carts.class);

	private final Map<String, Cart> open = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cart> eldest) {
			return size() > MAX_OPEN_CARTS;
		}

	};

	private final Catalog catalog;

	private final InventoryClient inventory;

	Carts(Catalog catalog, InventoryClient inventory) {
		this.catalog = catalog;
		this.inventory = inventory;
	}

	Cart.View create() {
		Cart cart = new Cart(UUID.randomUUID().toString());
		synchronized (this.open) {
			this.open.put(cart.id(), cart);
		}
		return cart.view();
	}

	Cart.View get(String cartId) {
		return cart(cartId).view();
	}

	Cart.View add(String cartId, String sku, int quantity) {
		if (quantity < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Quantity must be at least 1");
		}
		Cart cart = cart(cartId);
		Product product = this.catalog.products()
			.stream()
			.filter((candidate) -> candidate.sku().equals(sku))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product '" + sku + "'"));
		cart.add(product, quantity);
		logger.info("Added {} x {} to cart {}", quantity, product.name(), cartId);
		return cart.view();
	}

	/**
	 * Takes the cart's products out of the stock, then forgets the cart. A cart the inventory
	 * cannot serve stays open, so the shopper may change it.
	 */
	Receipt checkout(String cartId) {
		Cart.View cart = cart(cartId).view();
		if (cart.lines().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cart " + cartId + " is empty");
		}
		String orderId = "order-" + UUID.randomUUID();
		this.inventory.order(orderId,
				cart.lines().stream().map((line) -> new OrderLine(line.sku(), line.quantity())).toList());
		synchronized (this.open) {
			this.open.remove(cartId);
		}
		int items = cart.lines().stream().mapToInt(Cart.CartLine::quantity).sum();
		logger.info("Cart {} checked out as {}: {} items for {} cents", cartId, orderId, items, cart.totalCents());
		return new Receipt(orderId, items, cart.totalCents());
	}

	private Cart cart(String cartId) {
		Cart cart;
		synchronized (this.open) {
			cart = this.open.get(cartId);
		}
		if (cart == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No cart '" + cartId + "'");
		}
		return cart;
	}

}
