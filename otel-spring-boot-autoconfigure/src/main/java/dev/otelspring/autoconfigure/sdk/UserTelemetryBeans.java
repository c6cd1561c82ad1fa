package dev.otelspring.autoconfigure.sdk;

import java.util.List;

import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The SDK parts a user declared as beans. Each one wins over what {@code otel.*} would build:
 * a provider, sampler, exporter or propagator replaces ours; processors, metric readers and
 * customizers are added, since they are extensions by nature.
 */
record UserTelemetryBeans(@Nullable SdkTracerProvider tracerProvider, @Nullable SdkMeterProvider meterProvider,
		@Nullable SdkLoggerProvider loggerProvider, @Nullable Resource resource, @Nullable Sampler sampler,
		@Nullable ContextPropagators contextPropagators, List<TextMapPropagator> propagators,
		List<SpanExporter> spanExporters, List<SpanProcessor> spanProcessors,
		List<LogRecordExporter> logRecordExporters, List<LogRecordProcessor> logRecordProcessors,
		List<MetricExporter> metricExporters, List<MetricReader> metricReaders,
		List<AutoConfigurationCustomizerProvider> customizers) {

	static UserTelemetryBeans from(ConfigurableListableBeanFactory beans) {
		return new UserTelemetryBeans(unique(beans, SdkTracerProvider.class), unique(beans, SdkMeterProvider.class),
				unique(beans, SdkLoggerProvider.class), unique(beans, Resource.class), unique(beans, Sampler.class),
				unique(beans, ContextPropagators.class), all(beans, TextMapPropagator.class),
				all(beans, SpanExporter.class), all(beans, SpanProcessor.class), all(beans, LogRecordExporter.class),
				all(beans, LogRecordProcessor.class), all(beans, MetricExporter.class), all(beans, MetricReader.class),
				all(beans, AutoConfigurationCustomizerProvider.class));
	}

	private static <T> @Nullable T unique(ConfigurableListableBeanFactory beans, Class<T> type) {
		return beans.getBeanProvider(type).getIfUnique();
	}

	private static <T> List<T> all(ConfigurableListableBeanFactory beans, Class<T> type) {
		ObjectProvider<T> provider = beans.getBeanProvider(type);
		return provider.orderedStream().toList();
	}

}
