package dev.otelspring.autoconfigure.web;

import java.util.ArrayList;
import java.util.List;

import dev.otelspring.testing.otlp.OtlpTestReceiver;

/**
 * Settings for an application under test that exports traces only, quickly, to the receiver.
 */
public final class IntegrationProperties {

	/**
	 * Data stores that other instrumentations' tests put on this module's test classpath. They add
	 * seconds of startup (Hibernate, connection pools) and health checks that these web tests
	 * neither need nor want; absent classes are simply ignored by the exclusion.
	 */
	private static final String UNRELATED_AUTO_CONFIGURATIONS = String.join(",",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration");

	private IntegrationProperties() {
	}

	/** Traces only, exported quickly to the receiver. */
	public static String[] tracesTo(OtlpTestReceiver receiver, String serviceName) {
		return new String[] { "server.port=0", "spring.main.banner-mode=off",
				"otel.service.name=" + serviceName,
				"otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(),
				"otel.metrics.exporter=none", "otel.logs.exporter=none",
				// Milliseconds, as in the specification.
				"otel.bsp.schedule.delay=50",
				// Boot's own Micrometer OTLP registry would push to localhost:4318.
				"management.otlp.metrics.export.enabled=false" };
	}

	/** As {@link #tracesTo}, for a web application that has no use for the data stores. */
	static String[] forReceiver(OtlpTestReceiver receiver, String serviceName) {
		List<String> properties = new ArrayList<>(List.of(tracesTo(receiver, serviceName)));
		properties.add("spring.autoconfigure.exclude=" + UNRELATED_AUTO_CONFIGURATIONS);
		return properties.toArray(String[]::new);
	}

}
