package dev.otelspring.demo.grocery;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * The store's API, as the shopper uses it: browse the products, fill a cart, check it out.
 */
@RestController
class StoreController {

	private static final Logger logger = LoggerFactory.getLogger(StoreController.class);

	private final Catalog catalog;

	private final Carts carts;

	StoreController(Catalog catalog, Carts carts) {
		this.catalog = catalog;
		this.carts = carts;
	}

	@GetMapping("/products")
	List<Product> products() {
		return this.catalog.products();
	}

	@PostMapping("/carts")
	@ResponseStatus(HttpStatus.CREATED)
	Cart.View createCart() {
		return this.carts.create();
	}

	@GetMapping("/carts/{cartId}")
	Cart.View cart(@PathVariable String cartId) {
		return this.carts.get(cartId);
	}

	@PostMapping("/carts/{cartId}/items")
	Cart.View addItem(@PathVariable String cartId, @RequestBody ItemRequest item) {
		return this.carts.add(cartId, item.sku(), item.quantity());
	}

	@PostMapping("/carts/{cartId}/checkout")
	Receipt checkout(@PathVariable String cartId) {
		return this.carts.checkout(cartId);
	}

	@ExceptionHandler
	ResponseEntity<String> outOfStock(HttpClientErrorException.Conflict ex) {
		logger.warn("The inventory refused the order: {}", ex.getStatusText());
		return ResponseEntity.status(HttpStatus.CONFLICT).body("Out of stock");
	}

	// Any other failure of the inventory is the store's failure too: 502, and an ERROR server span.
	@ExceptionHandler
	ResponseEntity<String> inventoryFailed(RestClientException ex) {
		logger.error("The inventory failed", ex);
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body("The inventory is unavailable");
	}

	/**
	 * A product to add to a cart.
	 *
	 * @param sku the product's identifier
	 * @param quantity how many
	 */
	record ItemRequest(String sku, int quantity) {

	}

}
