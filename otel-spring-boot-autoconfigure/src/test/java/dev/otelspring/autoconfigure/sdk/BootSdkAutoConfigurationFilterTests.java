package dev.otelspring.autoconfigure.sdk;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class BootSdkAutoConfigurationFilterTests {

	@Test
	void removesExactlyBootsSdkBuildingAutoConfigurations() {
		String[] candidates = { "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration",
				"org.springframework.boot.opentelemetry.autoconfigure.logging.OpenTelemetryLoggingAutoConfiguration",
				"org.springframework.boot.opentelemetry.autoconfigure.logging.otlp.OtlpLoggingAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration", null };

		boolean[] matches = new BootSdkAutoConfigurationFilter().match(candidates, null);

		assertThat(matches).containsExactly(false, false, false, false, false, true, true, true);
	}

	@Test
	void isRegisteredAsAnImportFilter() {
		List<AutoConfigurationImportFilter> filters = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(AutoConfigurationImportFilter.class);
		assertThat(filters).hasAtLeastOneElementOfType(BootSdkAutoConfigurationFilter.class);
	}

}
