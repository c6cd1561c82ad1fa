package dev.otelspring.demo.shopper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A shopper who visits the grocery store on a schedule: browses the products, fills a cart and
 * checks out. Each visit is one trace across the shopper, the store and the inventory.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShopperApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShopperApplication.class, args);
	}

}
