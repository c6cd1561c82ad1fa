package dev.otelspring.demo.grocery;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * The products the store sells, as the inventory lists them, cached: in Redis with the "redis"
 * profile (one GET per lookup, and a SET after a miss), in memory otherwise.
 */
@Service
public class Catalog {

	static final String CACHE = "products";

	private static final Logger logger = LoggerFactory.getLogger(Catalog.class);

	private final InventoryClient inventory;

	Catalog(InventoryClient inventory) {
		this.inventory = inventory;
	}

	@Cacheable(CACHE)
	public List<Product> products() {
		logger.info("Product list not in the cache, asking the inventory");
		return this.inventory.products();
	}

}
