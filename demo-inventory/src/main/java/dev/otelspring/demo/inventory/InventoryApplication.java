package dev.otelspring.demo.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The stock of the grocery store: what is on the shelves, at what price, and how many are left.
 * Its telemetry comes from our starter alone: server spans, one span per SQL statement, span
 * metrics, and Log4j2 records exported with their trace.
 */
@SpringBootApplication
public class InventoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(InventoryApplication.class, args);
	}

}
