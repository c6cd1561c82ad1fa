package dev.otelspring.autoconfigure.sdk;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Builds the one OpenTelemetry SDK of the application with the SDK's own autoconfigure module,
 * so every {@code otel.*} name means what the specification and the agent's docs say. Our part is
 * feeding it Spring's view of the properties and letting the user's beans win.
 */
final class OpenTelemetrySdkFactory {

	private final Map<String, String> properties;

	private final UserTelemetryBeans user;

	private final ClassLoader classLoader;

	OpenTelemetrySdkFactory(Map<String, String> properties, UserTelemetryBeans user, ClassLoader classLoader) {
		this.properties = new HashMap<>(properties);
		this.user = user;
		this.classLoader = classLoader;
	}

	OpenTelemetrySdk create() {
		new OtelPropertyValidator(this.properties, this.classLoader).validate();
		// A signal that the user's beans replace gets no exporter of ours, so nothing is orphaned.
		if (this.user.tracerProvider() != null || !this.user.spanExporters().isEmpty()) {
			this.properties.put("otel.traces.exporter", "none");
		}
		if (this.user.meterProvider() != null || !this.user.metricExporters().isEmpty()) {
			this.properties.put("otel.metrics.exporter", "none");
		}
		if (this.user.loggerProvider() != null || !this.user.logRecordExporters().isEmpty()) {
			this.properties.put("otel.logs.exporter", "none");
		}
		AutoConfiguredOpenTelemetrySdkBuilder builder = AutoConfiguredOpenTelemetrySdk.builder()
			.addPropertiesCustomizer((sdkView) -> this.properties)
			.setServiceClassLoader(this.classLoader)
			// Spring closes the SDK with the context, after every bean that uses it.
			.disableShutdownHook();
		customize(builder);
		OpenTelemetrySdk built = builder.build().getOpenTelemetrySdk();
		return assemble(built);
	}

	private void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
		UserTelemetryBeans user = this.user;
		if (user.resource() != null) {
			builder.addResourceCustomizer((resource, config) -> resource.merge(user.resource()));
		}
		if (user.sampler() != null) {
			builder.addSamplerCustomizer((sampler, config) -> user.sampler());
		}
		builder.addTracerProviderCustomizer((tracing, config) -> {
			user.spanProcessors().forEach(tracing::addSpanProcessor);
			if (!user.spanExporters().isEmpty()) {
				tracing.addSpanProcessor(batch(SpanExporter.composite(user.spanExporters()), config));
			}
			return tracing;
		});
		builder.addLoggerProviderCustomizer((logging, config) -> {
			user.logRecordProcessors().forEach(logging::addLogRecordProcessor);
			if (!user.logRecordExporters().isEmpty()) {
				logging.addLogRecordProcessor(batchLogs(LogRecordExporter.composite(user.logRecordExporters()), config));
			}
			return logging;
		});
		builder.addMeterProviderCustomizer((metrics, config) -> {
			user.metricReaders().forEach(metrics::registerMetricReader);
			for (MetricExporter exporter : user.metricExporters()) {
				metrics.registerMetricReader(PeriodicMetricReader.builder(exporter)
					.setInterval(config.getDuration("otel.metric.export.interval", Duration.ofMinutes(1)))
					.build());
			}
			return metrics;
		});
		user.customizers().forEach((provider) -> provider.customize(builder));
	}

	private OpenTelemetrySdk assemble(OpenTelemetrySdk built) {
		if (this.user.tracerProvider() == null && this.user.meterProvider() == null
				&& this.user.loggerProvider() == null && this.user.contextPropagators() == null
				&& this.user.propagators().isEmpty()) {
			return built;
		}
		// The autoconfigured providers that a user's provider replaces were built with no exporter;
		// closing them now leaves exactly one live provider per signal.
		if (this.user.tracerProvider() != null) {
			built.getSdkTracerProvider().close();
		}
		if (this.user.meterProvider() != null) {
			built.getSdkMeterProvider().close();
		}
		if (this.user.loggerProvider() != null) {
			built.getSdkLoggerProvider().close();
		}
		return OpenTelemetrySdk.builder()
			.setTracerProvider(orElse(this.user.tracerProvider(), built.getSdkTracerProvider()))
			.setMeterProvider(orElse(this.user.meterProvider(), built.getSdkMeterProvider()))
			.setLoggerProvider(orElse(this.user.loggerProvider(), built.getSdkLoggerProvider()))
			.setPropagators(propagators(built.getPropagators()))
			.build();
	}

	private ContextPropagators propagators(ContextPropagators configured) {
		if (this.user.contextPropagators() != null) {
			return this.user.contextPropagators();
		}
		if (!this.user.propagators().isEmpty()) {
			return ContextPropagators.create(TextMapPropagator.composite(this.user.propagators()));
		}
		return configured;
	}

	private static <T> T orElse(T preferred, T fallback) {
		return (preferred != null) ? preferred : fallback;
	}

	private static BatchSpanProcessor batch(SpanExporter exporter, ConfigProperties config) {
		return BatchSpanProcessor.builder(exporter)
			.setScheduleDelay(config.getDuration("otel.bsp.schedule.delay", Duration.ofSeconds(5)))
			.setExporterTimeout(config.getDuration("otel.bsp.export.timeout", Duration.ofSeconds(30)))
			.setMaxQueueSize(config.getInt("otel.bsp.max.queue.size", 2048))
			.setMaxExportBatchSize(config.getInt("otel.bsp.max.export.batch.size", 512))
			.build();
	}

	private static BatchLogRecordProcessor batchLogs(LogRecordExporter exporter, ConfigProperties config) {
		return BatchLogRecordProcessor.builder(exporter)
			.setScheduleDelay(config.getDuration("otel.blrp.schedule.delay", Duration.ofSeconds(1)))
			.setExporterTimeout(config.getDuration("otel.blrp.export.timeout", Duration.ofSeconds(30)))
			.setMaxQueueSize(config.getInt("otel.blrp.max.queue.size", 2048))
			.setMaxExportBatchSize(config.getInt("otel.blrp.max.export.batch.size", 512))
			.build();
	}

}
