package dev.otelspring.autoconfigure.actuate;

import java.util.Map;
import java.util.TreeMap;

import dev.otelspring.autoconfigure.actuate.OtelEndpoint.ConfiguredValue;
import dev.otelspring.autoconfigure.sdk.OtelEnvironmentProperties;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code otel.*} settings the SDK was built from, each with its source, secrets masked.
 * <p>
 * Settings nobody wrote show the specification's default, so an operator sees the whole picture:
 * where spans go, how often, and how much is kept when the backend is down.
 */
final class EffectiveConfiguration {

	static final String DEFAULT = "default";

	/**
	 * The defaults that decide where and how telemetry is exported, as the SDK applies them. The
	 * endpoint is OTLP/HTTP's, {@code otel.exporter.otlp.protocol}'s default here.
	 */
	private static final Map<String, String> SPEC_DEFAULTS = Map.ofEntries(Map.entry("otel.sdk.disabled", "false"),
			Map.entry("otel.traces.exporter", "otlp"), Map.entry("otel.metrics.exporter", "otlp"),
			Map.entry("otel.logs.exporter", "otlp"), Map.entry("otel.traces.sampler", "parentbased_always_on"),
			Map.entry("otel.propagators", "tracecontext,baggage"),
			Map.entry("otel.exporter.otlp.endpoint", "http://localhost:4318"),
			Map.entry("otel.exporter.otlp.timeout", "10000"), Map.entry("otel.exporter.otlp.compression", "none"),
			Map.entry("otel.bsp.schedule.delay", "5000"), Map.entry("otel.bsp.max.queue.size", "2048"),
			Map.entry("otel.bsp.max.export.batch.size", "512"), Map.entry("otel.bsp.export.timeout", "30000"),
			Map.entry("otel.blrp.schedule.delay", "1000"), Map.entry("otel.blrp.max.queue.size", "2048"),
			Map.entry("otel.blrp.max.export.batch.size", "512"), Map.entry("otel.blrp.export.timeout", "30000"),
			Map.entry("otel.metric.export.interval", "60000"), Map.entry("otel.attribute.count.limit", "128"),
			Map.entry("otel.span.attribute.count.limit", "128"), Map.entry("otel.span.event.count.limit", "128"),
			Map.entry("otel.span.link.count.limit", "128"));

	private EffectiveConfiguration() {
	}

	static Map<String, ConfiguredValue> of(ConfigurableEnvironment environment) {
		Map<String, ConfiguredValue> configuration = new TreeMap<>();
		SPEC_DEFAULTS.forEach((key, value) -> configuration.put(key, new ConfiguredValue(value, DEFAULT)));
		Map<String, String> sources = ConfigurationSources.of(environment);
		Map<String, String> resolved = OtelEnvironmentProperties.resolve(environment);
		if ("grpc".equals(resolved.get("otel.exporter.otlp.protocol"))) {
			configuration.put("otel.exporter.otlp.endpoint", new ConfiguredValue("http://localhost:4317", DEFAULT));
		}
		resolved.forEach((key, value) -> configuration.put(key,
				new ConfiguredValue(SecretValues.mask(key, value), sources.getOrDefault(key, derivedSource(key)))));
		return configuration;
	}

	// Keys resolve() fills in itself: the service name from spring.application.name, the protocol.
	private static String derivedSource(String key) {
		return "otel.service.name".equals(key) ? "spring.application.name" : DEFAULT;
	}

}
