package dev.otelspring.autoconfigure.sdk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OtelEnvironmentPropertiesSourceKeyTests {

	@ParameterizedTest
	@CsvSource({ "otel.traces.sampler, otel.traces.sampler", "OTEL_TRACES_SAMPLER, otel.traces.sampler",
			"otel.propagators[1], otel.propagators", "otel.exporter.otlp.headers.api-key, otel.exporter.otlp.headers",
			"OTEL_EXPORTER_OTLP_HEADERS, otel.exporter.otlp.headers",
			"otel.resource.attributes.service.version, otel.resource.attributes",
			"otel.bsp.max-queue-size, otel.bsp.max.queue.size" })
	void namesTheResolvedKeyAPropertySets(String name, String key) {
		assertThat(OtelEnvironmentProperties.sourceKey(name)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource({ "spring.application.name", "management.otlp.metrics.export.enabled" })
	void ignoresPropertiesOutsideOtel(String name) {
		assertThat(OtelEnvironmentProperties.sourceKey(name)).isNull();
	}

}
