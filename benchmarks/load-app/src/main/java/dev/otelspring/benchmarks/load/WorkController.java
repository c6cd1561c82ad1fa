package dev.otelspring.benchmarks.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * {@code GET /work}: the request every load generator connection repeats. It does what a typical
 * service request does, once each: a REST call to another service (a local stub), a JDBC query,
 * a Redis GET and a log line, so each variant instruments one server span and four kinds of
 * dependency.
 */
@RestController
class WorkController {

	static final String PRICE_KEY = "load:price:1";

	private static final Logger logger = LoggerFactory.getLogger(WorkController.class);

	private final RestClient stub;

	private final JdbcClient jdbc;

	private final StringRedisTemplate redis;

	WorkController(RestClient stubRestClient, JdbcClient jdbc, StringRedisTemplate redis) {
		this.stub = stubRestClient;
		this.jdbc = jdbc;
		this.redis = redis;
	}

	@GetMapping("/work")
	Work work(@RequestParam(defaultValue = "1") int item) {
		Availability availability = this.stub.get()
			.uri("/availability/{item}", item)
			.retrieve()
			.body(Availability.class);
		Item stocked = this.jdbc.sql("SELECT id, name, stock FROM item WHERE id = ?")
			.param(item)
			.query(Item.class)
			.single();
		String price = this.redis.opsForValue().get(PRICE_KEY);
		logger.info("Served item {} ({} in stock, {} available) at {}", stocked.id(), stocked.stock(),
				availability.available(), price);
		return new Work(stocked.id(), stocked.name(), stocked.stock(), availability.available(), price);
	}

	/**
	 * What the stub answers.
	 *
	 * @param item the item asked for
	 * @param available whether the other service has it
	 */
	record Availability(int item, boolean available) {

	}

	/**
	 * A row of the {@code item} table.
	 *
	 * @param id its key
	 * @param name its name
	 * @param stock how many are in stock
	 */
	record Item(int id, String name, int stock) {

	}

	/**
	 * The answer of {@code /work}.
	 *
	 * @param id the item's key
	 * @param name its name
	 * @param stock how many are in stock
	 * @param available whether the other service has it
	 * @param price its price, from Redis
	 */
	record Work(int id, String name, int stock, boolean available, String price) {

	}

}
