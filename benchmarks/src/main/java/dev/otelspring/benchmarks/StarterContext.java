package dev.otelspring.benchmarks;

import java.util.HashMap;
import java.util.Map;

import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import dev.otelspring.autoconfigure.spanmetrics.SpanMetricsAutoConfiguration;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

/**
 * Our starter's auto-configurations in a Spring context of their own, so a benchmark measures
 * exactly what an application gets: the SDK built from {@code otel.*}, span metrics, and the
 * instrumentation's own wiring (post-processors, proxies, customizers). The exporters are the
 * only difference: {@link DiscardingTelemetry} and {@link DiscardingLogs} beans, which our SDK factory puts behind the same
 * batch processors and periodic reader that it gives the OTLP exporters.
 * <p>
 * Why a plain {@link AnnotationConfigApplicationContext} rather than a {@code SpringApplication}:
 * the latter would also reconfigure the JVM's logging, which the log benchmarks set up themselves.
 */
public final class StarterContext implements AutoCloseable {

	private final AnnotationConfigApplicationContext context;

	private StarterContext(AnnotationConfigApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the SDK and span metrics auto-configurations, with the given configurations added.
	 * @param properties {@code otel.*} properties beyond the service name
	 * @param configurations further configuration classes: the application's beans, and an
	 * {@link ImportAutoConfiguration} of the instrumentation under test
	 * @return the running context
	 */
	public static StarterContext start(Map<String, Object> properties, Class<?>... configurations) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		Map<String, Object> all = new HashMap<>();
		all.put("otel.service.name", "benchmark");
		all.putAll(properties);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark", all));
		context.register(Pipeline.class);
		context.register(configurations);
		context.refresh();
		return new StarterContext(context);
	}

	public OpenTelemetry openTelemetry() {
		return bean(OpenTelemetry.class);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ OpenTelemetrySdkAutoConfiguration.class, SpanMetricsAutoConfiguration.class })
	static class Pipeline {

	}

	/** Span and metric exporters that drop everything: the SDK factory batches them like OTLP's. */
	@Configuration(proxyBeanMethods = false)
	public static class DiscardingTelemetry {

		@Bean
		SpanExporter discardingSpanExporter() {
			return Discarding.SPANS;
		}

		@Bean
		MetricExporter discardingMetricExporter() {
			return Discarding.METRICS;
		}

	}

	/** A log record exporter that drops everything, behind the SDK factory's batch processor. */
	@Configuration(proxyBeanMethods = false)
	public static class DiscardingLogs {

		@Bean
		LogRecordExporter discardingLogRecordExporter() {
			return Discarding.LOGS;
		}

	}

}
