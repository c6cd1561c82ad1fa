package dev.otelspring.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting the application under test, talking to it, and waiting on it.
 */
final class Apps {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Other auto-configurations of the classpath the tests do not use: Redis is the secret test's. */
	static final String WITHOUT_REDIS = "spring.autoconfigure.exclude="
			+ "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration,"
			+ "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration,"
			+ "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private Apps() {
	}

	/**
	 * What every test application shares: exports to {@code endpoint} quickly, calls
	 * {@code downstream}, has its own in-memory database, and opens the otel endpoint on the web.
	 */
	static List<String> properties(String serviceName, String endpoint, Downstream downstream) {
		return new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
				"spring.application.name=" + serviceName, "otel.exporter.otlp.endpoint=" + endpoint,
				"otel.bsp.schedule.delay=200", "otel.blrp.schedule.delay=200", "otel.metric.export.interval=1000",
				"downstream.url=" + downstream.url(),
				"spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"management.endpoints.web.exposure.include=health,otel,prometheus",
				"management.endpoint.health.show-details=always",
				// Thousands of requests each log a line: they go over OTLP, not to the console.
				"logging.threshold.console=WARN"));
	}

	static ConfigurableApplicationContext start(List<String> properties, Class<?>... extraConfiguration) {
		return new SpringApplicationBuilder(ReliabilityApp.class).sources(extraConfiguration)
			.web(WebApplicationType.SERVLET)
			.properties(properties.toArray(String[]::new))
			.run();
	}

	static int port(ConfigurableApplicationContext application) {
		return application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	static URI uri(ConfigurableApplicationContext application, String path) {
		return URI.create("http://127.0.0.1:" + port(application) + path);
	}

	static HttpResponse<String> get(URI uri, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + uri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {@code /actuator/otel} as JSON, read over HTTP as an operator would. */
	static JsonNode otelEndpoint(ConfigurableApplicationContext application) {
		HttpResponse<String> response = get(uri(application, "/actuator/otel"));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/actuator/otel answered " + response.statusCode());
		}
		return json.readTree(response.body());
	}

	static <T> T await(String what, Supplier<T> probe, Predicate<T> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			T value = probe.get();
			if (condition.test(value)) {
				return value;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
						+ "; last seen: " + value);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for " + what, ex);
			}
		}
	}

}
