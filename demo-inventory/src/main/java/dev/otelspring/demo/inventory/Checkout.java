package dev.otelspring.demo.inventory;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an order out of the stock, all lines or none: one transaction, rolled back by the first
 * line that cannot be served.
 */
@Service
class Checkout {

	// Log4j2's own API: this service shows that records logged through it are exported too.
	private static final Logger logger = LogManager.getLogger(Checkout.class);

	private final Stock stock;

	Checkout(Stock stock) {
		this.stock = stock;
	}

	@Transactional
	public int place(OrderRequest order) {
		int items = 0;
		for (OrderLine line : order.lines()) {
			if (line.quantity() < 1 || !this.stock.take(line.sku(), line.quantity())) {
				logger.warn("Order {} rolled back: not enough {} for {}", order.orderId(), line.sku(), line.quantity());
				throw new OutOfStockException(line.sku(), line.quantity());
			}
			this.stock.record(order.orderId(), line);
			items += line.quantity();
		}
		logger.info("Order {} taken out of the stock: {} items in {} lines", order.orderId(), items,
				order.lines().size());
		return items;
	}

}
