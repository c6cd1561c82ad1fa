package dev.otelspring.demo.inventory;

import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inventory's API, called by the grocery store: the stock, one product, and orders to take
 * out of the stock at checkout.
 */
@RestController
class StockController {

	private static final Logger logger = LogManager.getLogger(StockController.class);

	private final Stock stock;

	private final Checkout checkout;

	StockController(Stock stock, Checkout checkout) {
		this.stock = stock;
		this.checkout = checkout;
	}

	@GetMapping("/stock")
	List<StockItem> stock() {
		List<StockItem> items = this.stock.all();
		logger.info("Listing {} products", items.size());
		return items;
	}

	@GetMapping("/stock/{sku}")
	StockItem item(@PathVariable String sku) {
		return this.stock.find(sku)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product '" + sku + "'"));
	}

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> order(@RequestBody OrderRequest order) {
		if (order.orderId() == null || order.lines() == null || order.lines().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An order needs an id and at least one line");
		}
		int items = this.checkout.place(order);
		return Map.of("orderId", order.orderId(), "items", items);
	}

}
