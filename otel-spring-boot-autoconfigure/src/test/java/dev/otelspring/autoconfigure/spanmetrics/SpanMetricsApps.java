package dev.otelspring.autoconfigure.spanmetrics;

import dev.otelspring.testing.otlp.OtlpTestReceiver;

/**
 * Settings of an application under test with span metrics: sampled at the given ratio, spans and
 * metrics exported quickly to the receiver, and {@code /actuator/prometheus} exposed.
 */
public final class SpanMetricsApps {

	private SpanMetricsApps() {
	}

	public static String[] properties(OtlpTestReceiver receiver, String serviceName, String ratio) {
		return new String[] { "server.port=0", "spring.main.banner-mode=off", "otel.service.name=" + serviceName,
				"otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(), "otel.logs.exporter=none",
				"otel.traces.sampler=parentbased_traceidratio", "otel.traces.sampler.arg=" + ratio,
				// Milliseconds, as in the specification.
				"otel.bsp.schedule.delay=50", "otel.metric.export.interval=500",
				"otel.span-metrics.dimensions=http.response.status_code",
				"management.endpoints.web.exposure.include=prometheus",
				"management.metrics.distribution.percentiles-histogram.http.server.requests=true",
				// Boot's own Micrometer OTLP registry would push to localhost:4318.
				"management.otlp.metrics.export.enabled=false" };
	}

}
