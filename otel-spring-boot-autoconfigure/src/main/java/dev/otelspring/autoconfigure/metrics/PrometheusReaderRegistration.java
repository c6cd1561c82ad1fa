package dev.otelspring.autoconfigure.metrics;

import java.util.List;

import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import org.springframework.beans.factory.DisposableBean;

/**
 * Makes the SDK's Prometheus readers, ours or a user's, collectors of the registry that
 * {@code /actuator/prometheus} scrapes.
 * <p>
 * Why they are removed again on close: the registry may outlive the context, when it is the
 * client's static default registry, and would otherwise keep scraping a closed SDK.
 */
final class PrometheusReaderRegistration implements DisposableBean {

	private final PrometheusRegistry registry;

	private final List<PrometheusMetricReader> readers;

	PrometheusReaderRegistration(PrometheusRegistry registry, List<PrometheusMetricReader> readers) {
		this.registry = registry;
		this.readers = List.copyOf(readers);
		this.readers.forEach(registry::register);
	}

	@Override
	public void destroy() {
		this.readers.forEach(this.registry::unregister);
	}

}
