package dev.otelspring.autoconfigure.micrometer;

import java.util.List;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import dev.otelspring.autoconfigure.logging.NoLogCorrelationCondition;
import io.micrometer.tracing.otel.bridge.EventListener;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.otel.bridge.OtelTracer.EventPublisher;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Micrometer Tracing on top of our SDK: every Observation Spring makes ({@code @Scheduled} runs,
 * user {@code @Observed} code, messaging, ...) becomes a span of the one SDK, propagated with
 * the propagators of {@code otel.propagators}.
 * <p>
 * These are the bridge beans that Boot's {@code OpenTelemetryTracingAutoConfiguration} would
 * declare; that class is filtered out because it also builds a second, orphaned SDK pipeline.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration",
		beforeName = { "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
				"org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
@ConditionalOnClass(OtelTracer.class)
@ConditionalOnEnabledInstrumentation("micrometer-tracing")
public final class MicrometerTracingBridgeAutoConfiguration {

	private static final String INSTRUMENTATION_SCOPE = "dev.otelspring.micrometer";

	MicrometerTracingBridgeAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	Tracer otelTracer(OpenTelemetry openTelemetry) {
		return openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
	}

	@Bean
	@ConditionalOnMissingBean
	OtelCurrentTraceContext otelCurrentTraceContext() {
		return new OtelCurrentTraceContext();
	}

	// Micrometer's MDC writer (traceId, spanId). When our log appenders put the ids of every span
	// into the MDC themselves (LogAppendersAutoConfiguration), a second writer would only add
	// duplicate fields to each JSON line or, under the same key names, write the same keys twice.
	@Bean
	@ConditionalOnMissingBean
	@Conditional(NoLogCorrelationCondition.class)
	Slf4JEventListener otelSlf4JEventListener() {
		return new Slf4JEventListener();
	}

	@Bean
	@ConditionalOnMissingBean
	EventPublisher otelTracerEventPublisher(List<EventListener> listeners) {
		return (event) -> listeners.forEach((listener) -> listener.onEvent(event));
	}

	@Bean
	@ConditionalOnMissingBean(io.micrometer.tracing.Tracer.class)
	OtelTracer micrometerOtelTracer(Tracer tracer, OtelCurrentTraceContext currentTraceContext,
			EventPublisher publisher) {
		return new OtelTracer(tracer, currentTraceContext, publisher,
				new OtelBaggageManager(currentTraceContext, List.of(), List.of()));
	}

	@Bean
	@Order(LibrarySpanTracingHandler.ORDER)
	LibrarySpanTracingHandler otelLibrarySpanTracingHandler(io.micrometer.tracing.Tracer tracer,
			Environment environment) {
		return new LibrarySpanTracingHandler(tracer, new LibraryInstrumentedContexts(environment));
	}

	// The SDK's propagators, not a second set: what otel.propagators names is what goes on the wire.
	@Bean
	@ConditionalOnMissingBean
	OtelPropagator otelPropagator(OpenTelemetry openTelemetry, Tracer tracer) {
		return new OtelPropagator(openTelemetry.getPropagators(), tracer);
	}

}
