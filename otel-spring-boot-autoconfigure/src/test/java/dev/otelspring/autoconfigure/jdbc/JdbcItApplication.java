package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application of the JDBC integration tests: Spring MVC, JPA, JdbcTemplate, JdbcClient and
 * Redis, fully auto-configured. Every literal and parameter value it sends is one of the constants
 * below, so the tests can look for each of them in what was exported.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(JdbcItApplication.JdbcItController.class)
class JdbcItApplication {

	static final String TABLE = "otel_jdbc_it_product";

	static final String SELECT_LITERAL = "LIT-SELECT-7731";

	static final String SELECT_NUMBER = "424242";

	static final String DUPLICATE_LITERAL = "LIT-DUPLICATE-5150";

	static final String PARAMETER_SKU = "PARAM-SKU-8861";

	static final String PARAMETER_NAME = "PARAM-NAME-3390";

	static final String JPA_PARAMETER = "PARAM-JPA-6624";

	static final String BATCH_PARAMETER = "PARAM-BATCH-1207";

	static final String REDIS_KEY = "otel-jdbc-it:order:SECRET-KEY-4471";

	static final String REDIS_VALUE = "SECRET-VALUE-9052";

	static final List<String> SECRETS = List.of(SELECT_LITERAL, SELECT_NUMBER, DUPLICATE_LITERAL, PARAMETER_SKU,
			PARAMETER_NAME, JPA_PARAMETER, BATCH_PARAMETER, "SECRET-KEY-4471", REDIS_VALUE);

	static final String SELECT_BY_LITERALS = "SELECT name FROM " + TABLE + " WHERE sku = '" + SELECT_LITERAL
			+ "' AND price > " + SELECT_NUMBER;

	static final String INSERT = "INSERT INTO " + TABLE + " (id, sku, name, price) VALUES (?, ?, ?, ?)";

	static final String INSERT_DUPLICATE = "INSERT INTO " + TABLE + " (id, sku, name, price) VALUES (1000, '"
			+ DUPLICATE_LITERAL + "', 'duplicate', 1)";

	@RestController
	static class JdbcItController {

		private final AtomicLong ids = new AtomicLong(1);

		private final JdbcClient jdbcClient;

		private final JdbcTemplate jdbcTemplate;

		private final JdbcItProductRepository repository;

		private final StringRedisTemplate redis;

		JdbcItController(JdbcClient jdbcClient, JdbcTemplate jdbcTemplate, JdbcItProductRepository repository,
				StringRedisTemplate redis) {
			this.jdbcClient = jdbcClient;
			this.jdbcTemplate = jdbcTemplate;
			this.repository = repository;
			this.redis = redis;
		}

		@GetMapping("/settle")
		String settle() {
			return "settled";
		}

		@GetMapping("/jdbc-client")
		String jdbcClient() {
			return "found " + this.jdbcClient.sql(SELECT_BY_LITERALS).query(String.class).list().size();
		}

		@GetMapping("/jdbc-template")
		String jdbcTemplate() {
			this.jdbcTemplate.update(INSERT, this.ids.incrementAndGet() * 10, PARAMETER_SKU, PARAMETER_NAME, 17);
			return "inserted";
		}

		@GetMapping("/jpa")
		String jpa() {
			return "present " + this.repository.findBySku(JPA_PARAMETER).isPresent();
		}

		@GetMapping("/failure")
		String failure() {
			// Caught: an exception escaping to the server span would be recorded there, by the web
			// instrumentation, with Spring's message, which quotes the SQL.
			try {
				this.jdbcTemplate.update(INSERT_DUPLICATE);
				return "inserted";
			}
			catch (DataAccessException ex) {
				return "failed";
			}
		}

		@GetMapping("/batch")
		String batch() {
			List<Object[]> rows = List.of(row("-1"), row("-2"), row("-3"));
			return "batched " + this.jdbcTemplate.batchUpdate(INSERT, rows).length;
		}

		@GetMapping("/order")
		String order() {
			String name = this.jdbcClient.sql(SELECT_BY_LITERALS).query(String.class).optional().orElse("none");
			String cached = this.redis.opsForValue().get(REDIS_KEY);
			this.redis.opsForValue().set(REDIS_KEY, REDIS_VALUE);
			return name + " " + cached;
		}

		private Object[] row(String suffix) {
			return new Object[] { this.ids.incrementAndGet() * 10, BATCH_PARAMETER + suffix, "batch", 3 };
		}

	}

}
