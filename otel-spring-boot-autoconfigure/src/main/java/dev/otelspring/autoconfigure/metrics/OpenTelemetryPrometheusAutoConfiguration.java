package dev.otelspring.autoconfigure.metrics;

import java.util.List;

import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The meters of the OpenTelemetry SDK (span metrics, instrumentation libraries, and whatever user
 * code records through {@code openTelemetry.getMeter(...)}) on {@code /actuator/prometheus}, in
 * the same scrape as Micrometer's meters, exemplars included.
 * <p>
 * How: Boot's endpoint scrapes one {@link PrometheusRegistry}. The SDK's Prometheus reader is a
 * collector of that registry, and, being a {@code MetricReader} bean, it is also registered with
 * the SDK's meter provider, beside the OTLP reader of {@code otel.metrics.exporter}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration")
@ConditionalOnClass({ OpenTelemetrySdk.class, PrometheusMetricReader.class, PrometheusRegistry.class })
@ConditionalOnBean(PrometheusRegistry.class)
@ConditionalOnBooleanProperty(name = "otel.sdk.disabled", havingValue = false, matchIfMissing = true)
public final class OpenTelemetryPrometheusAutoConfiguration {

	OpenTelemetryPrometheusAutoConfiguration() {
	}

	// Resource attributes stay on target_info, not on every series: the reader's default.
	// No destroy method: the SDK shuts its readers down when it closes its meter provider.
	@Bean(destroyMethod = "")
	@ConditionalOnMissingBean
	PrometheusMetricReader otelPrometheusMetricReader() {
		return PrometheusMetricReader.builder().build();
	}

	@Bean
	PrometheusReaderRegistration otelPrometheusReaderRegistration(PrometheusRegistry registry,
			List<PrometheusMetricReader> readers) {
		return new PrometheusReaderRegistration(registry, readers);
	}

}
