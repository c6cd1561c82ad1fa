package dev.otelspring.demo.grocery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;

/**
 * The grocery store's REST API: products, carts and checkout. Its telemetry comes from our
 * starter alone: server spans, client spans to the inventory, one span per Redis command, span
 * metrics, and Logback records exported with their trace.
 */
@SpringBootApplication
@EnableCaching
@ConfigurationPropertiesScan
public class GroceryStoreApplication {

	public static void main(String[] args) {
		SpringApplication.run(GroceryStoreApplication.class, args);
	}

}
