package dev.otelspring.reliability;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * The application under test: Spring MVC, JDBC on H2, a RestClient to a downstream service, and
 * Logback, all instrumented by the starter alone. {@code /work} makes a SERVER span, an HTTP
 * CLIENT span, a JDBC CLIENT span and a log record; {@code /ping} a SERVER span only, for the
 * sustained load. {@link LimitsController} and {@link SecretsController} serve the tests of
 * oversized and secret data.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ ReliabilityApp.WorkController.class, LimitsController.class, SecretsController.class })
public class ReliabilityApp {

	static final String TABLE = "reliability_item";

	@Bean
	RestClient downstream(RestClient.Builder builder, @Value("${downstream.url}") String url) {
		return builder.baseUrl(url).build();
	}

	@RestController
	static class WorkController {

		private static final Logger logger = LoggerFactory.getLogger(WorkController.class);

		private final AtomicLong served = new AtomicLong();

		private final AtomicLong pings = new AtomicLong();

		private final JdbcClient jdbc;

		private final RestClient downstream;

		WorkController(JdbcClient jdbc, RestClient downstream) {
			this.jdbc = jdbc;
			this.downstream = downstream;
			jdbc.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT PRIMARY KEY, name VARCHAR(64))").update();
			jdbc.sql("MERGE INTO " + TABLE + " KEY (id) VALUES (1, 'first')").update();
		}

		@GetMapping("/work")
		String work(@RequestParam(defaultValue = "load") String marker) {
			String name = this.jdbc.sql("SELECT name FROM " + TABLE + " WHERE id = ?")
				.param(1)
				.query(String.class)
				.single();
			String answer = this.downstream.get().uri("/downstream").retrieve().body(String.class);
			logger.info("work {} served for {}: {} {}", this.served.incrementAndGet(), marker, name, answer);
			return "ok";
		}

		@GetMapping("/ping")
		String ping() {
			this.pings.incrementAndGet();
			return "pong";
		}

		/** The {@code /ping} requests served, as the server counts them. */
		long pings() {
			return this.pings.get();
		}

	}

}
