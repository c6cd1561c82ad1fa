package dev.otelspring.autoconfigure.actuate;

import java.util.Map;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import dev.otelspring.autoconfigure.pipeline.SignalStatistics;
import dev.otelspring.autoconfigure.sdk.OtelEnvironmentProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code otel} health contributor: each signal's exporter state and figures as details.
 * <p>
 * Always UP. A telemetry outage is worth seeing, never worth acting on: DOWN would turn the
 * application's own health DOWN, and load balancers or orchestrators would take a healthy
 * application out of service because its collector is. For the same reason it is kept out of
 * the liveness and readiness groups ({@link ProbeGroupsExclusion}). Alert on the details, or on
 * the {@code otel_exporter_*} meters, instead.
 */
final class OtelHealthIndicator implements HealthIndicator {

	static final String NAME = "otel";

	private final PipelineStatistics statistics;

	/** The exporters as {@code otel.*} names them, read once: health is asked for often. */
	private final Map<String, String> exporters;

	OtelHealthIndicator(PipelineStatistics statistics, ConfigurableEnvironment environment) {
		this.statistics = statistics;
		Map<String, String> configuration = OtelEnvironmentProperties.resolve(environment);
		this.exporters = Map.of("traces", configuration.getOrDefault("otel.traces.exporter", "otlp"), "metrics",
				configuration.getOrDefault("otel.metrics.exporter", "otlp"), "logs",
				configuration.getOrDefault("otel.logs.exporter", "otlp"));
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up();
		for (SignalStatistics signal : this.statistics.signals()) {
			health.withDetail(signal.signal(), ExporterFigures.of(signal, this.exporters.get(signal.signal())));
		}
		return health.build();
	}

}
