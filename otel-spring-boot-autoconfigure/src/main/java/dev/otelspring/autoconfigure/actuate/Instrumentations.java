package dev.otelspring.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.List;

import dev.otelspring.autoconfigure.actuate.OtelEndpoint.InstrumentationStates;
import dev.otelspring.autoconfigure.instrumentation.InstrumentationSwitch;

import org.springframework.core.env.Environment;

/**
 * Which instrumentations are switched on, read through the one switch that decides it,
 * {@link InstrumentationSwitch}. Span metrics have their own property and are listed with them.
 */
final class Instrumentations {

	/** Every {@code otel.instrumentation.<name>.enabled} switch of this starter. */
	static final List<String> NAMES = List.of("spring-webmvc", "spring-webflux", "spring-web", "executors",
			"reactor", "micrometer-tracing", "jdbc", "redis", "logback-appender", "log4j-appender");

	static final String SPAN_METRICS = "span-metrics";

	private Instrumentations() {
	}

	static InstrumentationStates of(Environment environment) {
		List<String> enabled = new ArrayList<>();
		List<String> disabled = new ArrayList<>();
		for (String name : NAMES) {
			(InstrumentationSwitch.isEnabled(environment, name) ? enabled : disabled).add(name);
		}
		boolean spanMetrics = environment.getProperty("otel.span-metrics.enabled", Boolean.class, true);
		(spanMetrics ? enabled : disabled).add(SPAN_METRICS);
		return new InstrumentationStates(enabled, disabled);
	}

}
