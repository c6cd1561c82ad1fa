package dev.otelspring.autoconfigure.sdk;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Removes Spring Boot's own OpenTelemetry SDK auto-configurations when our starter is present.
 * <p>
 * Why a filter and not {@code @ConditionalOnMissingBean}: Boot declares its batch span processor,
 * span exporters, sampler, logger provider and OTLP exporters as independent beans. Backing off
 * its {@code SdkTracerProvider} alone would still start its batch processor's thread and its
 * exporters, feeding nothing: an orphaned pipeline. Boot's Micrometer Tracing handlers, exemplar
 * support and Observation instrumentation are kept and fed by our SDK
 * ({@code MicrometerTracingBridgeAutoConfiguration}).
 */
public final class BootSdkAutoConfigurationFilter implements AutoConfigurationImportFilter {

	static final Set<String> REPLACED = Set.of(
			"org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
			"org.springframework.boot.opentelemetry.autoconfigure.logging.OpenTelemetryLoggingAutoConfiguration",
			"org.springframework.boot.opentelemetry.autoconfigure.logging.otlp.OtlpLoggingAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration");

	@Override
	public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[candidates.length];
		for (int i = 0; i < candidates.length; i++) {
			matches[i] = candidates[i] == null || !REPLACED.contains(candidates[i]);
		}
		return matches;
	}

}
