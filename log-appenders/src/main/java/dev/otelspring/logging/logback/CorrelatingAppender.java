package dev.otelspring.logging.logback;

import dev.otelspring.logging.CorrelationKeys;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;

/**
 * The OpenTelemetry MDC appender wrapped around one of the user's appenders. A class of its own
 * so that {@link LogbackCorrelation} can tell the wrappers it made from one the user declared.
 * <p>
 * The library reads {@code Context.current()} when the event is appended, which is on the thread
 * that logged it, so the ids are right wherever the context was carried: request threads,
 * {@code @Async} executors, Reactor operators.
 */
final class CorrelatingAppender extends OpenTelemetryAppender {

	CorrelatingAppender(CorrelationKeys keys) {
		use(keys);
	}

	void use(CorrelationKeys keys) {
		setTraceIdKey(keys.traceId());
		setSpanIdKey(keys.spanId());
		setTraceFlagsKey(keys.traceFlags());
	}

}
