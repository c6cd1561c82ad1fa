package dev.otelspring.demo.inventory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checkout on the embedded H2 database, with the seed data of {@code data.sql}: all lines of an
 * order are taken out of the stock, or none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "otel.sdk.disabled=true")
class CheckoutTests {

	@Autowired
	private Checkout checkout;

	@Autowired
	private Stock stock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void takesEveryLineOfAnOrderOutOfTheStock() {
		int apples = quantity("apple");
		int milk = quantity("milk");
		int items = this.checkout.place(new OrderRequest("order-1", List.of(new OrderLine("apple", 3), new OrderLine("milk", 1))));
		assertThat(items).isEqualTo(4);
		assertThat(quantity("apple")).isEqualTo(apples - 3);
		assertThat(quantity("milk")).isEqualTo(milk - 1);
		assertThat(orderLines("order-1")).isEqualTo(2);
	}

	@Test
	void takesNothingWhenOneLineCannotBeServed() {
		int apples = quantity("apple");
		int bananas = quantity("banana");
		OrderRequest order = new OrderRequest("order-2",
				List.of(new OrderLine("apple", 2), new OrderLine("banana", bananas + 1)));
		assertThatExceptionOfType(OutOfStockException.class).isThrownBy(() -> this.checkout.place(order))
			.withMessageContaining("banana");
		assertThat(quantity("apple")).isEqualTo(apples);
		assertThat(quantity("banana")).isEqualTo(bananas);
		assertThat(orderLines("order-2")).isZero();
	}

	@Test
	void refusesAProductTheStoreDoesNotSell() {
		OrderRequest order = new OrderRequest("order-3", List.of(new OrderLine("caviar", 1)));
		assertThatExceptionOfType(OutOfStockException.class).isThrownBy(() -> this.checkout.place(order));
		assertThat(orderLines("order-3")).isZero();
	}

	private int quantity(String sku) {
		return this.stock.find(sku).orElseThrow().quantity();
	}

	private int orderLines(String orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM order_lines WHERE order_id = :id")
			.param("id", orderId)
			.query(Integer.class)
			.single();
	}

}
