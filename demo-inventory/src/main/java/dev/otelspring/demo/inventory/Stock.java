package dev.otelspring.demo.inventory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock and order tables, through {@link JdbcClient}. Every statement is parameterized, so the
 * SQL spans carry the statement's shape and never a value.
 */
@Repository
class Stock {

	private final JdbcClient jdbc;

	Stock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StockItem> all() {
		return this.jdbc.sql("SELECT sku, name, price_cents, quantity FROM stock ORDER BY name")
			.query(StockItem.class)
			.list();
	}

	Optional<StockItem> find(String sku) {
		return this.jdbc.sql("SELECT sku, name, price_cents, quantity FROM stock WHERE sku = :sku")
			.param("sku", sku)
			.query(StockItem.class)
			.optional();
	}

	/**
	 * Takes {@code quantity} out of the stock, in one statement so that two checkouts cannot both
	 * take the last item.
	 * @return whether there was enough
	 */
	boolean take(String sku, int quantity) {
		return this.jdbc.sql("UPDATE stock SET quantity = quantity - :quantity WHERE sku = :sku AND quantity >= :quantity")
			.param("sku", sku)
			.param("quantity", quantity)
			.update() == 1;
	}

	void record(String orderId, OrderLine line) {
		this.jdbc.sql("INSERT INTO order_lines (order_id, sku, quantity) VALUES (:orderId, :sku, :quantity)")
			.param("orderId", orderId)
			.param("sku", line.sku())
			.param("quantity", line.quantity())
			.update();
	}

}
