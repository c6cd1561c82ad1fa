package dev.otelspring.logging;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The MDC (Logback) or ThreadContext (Log4j2) keys that carry the current trace id, span id and
 * trace flags of every event logged inside a span.
 * <p>
 * The property names are those of the OpenTelemetry instrumentation libraries, so a setting
 * written for the agent means the same here.
 *
 * @param traceId key of the 32-character trace id
 * @param spanId key of the 16-character span id
 * @param traceFlags key of the two-character trace flags ({@code 01} when sampled)
 */
public record CorrelationKeys(String traceId, String spanId, String traceFlags) {

	/** Property (or {@code OTEL_*} variable) naming the trace id key. */
	public static final String TRACE_ID_PROPERTY = "otel.instrumentation.common.logging.trace-id";

	/** Property (or {@code OTEL_*} variable) naming the span id key. */
	public static final String SPAN_ID_PROPERTY = "otel.instrumentation.common.logging.span-id";

	/** Property (or {@code OTEL_*} variable) naming the trace flags key. */
	public static final String TRACE_FLAGS_PROPERTY = "otel.instrumentation.common.logging.trace-flags";

	/** The OpenTelemetry names, which the instrumentation libraries also use by default. */
	public static final CorrelationKeys DEFAULT = new CorrelationKeys("trace_id", "span_id", "trace_flags");

	public CorrelationKeys {
		Objects.requireNonNull(traceId, "traceId");
		Objects.requireNonNull(spanId, "spanId");
		Objects.requireNonNull(traceFlags, "traceFlags");
		if (traceId.isBlank() || spanId.isBlank() || traceFlags.isBlank()
				|| Set.of(traceId, spanId, traceFlags).size() != 3) {
			throw new IllegalArgumentException("Correlation keys must be three distinct, non-blank names, not "
					+ traceId + ", " + spanId + ", " + traceFlags);
		}
	}

	/**
	 * The keys a program without Spring sets: {@code -Dotel.instrumentation.common.logging.trace-id}
	 * or {@code OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID}, and so on, else {@link #DEFAULT}.
	 * @return the configured keys
	 */
	public static CorrelationKeys fromSystemProperties() {
		return new CorrelationKeys(lookup(TRACE_ID_PROPERTY, DEFAULT.traceId()),
				lookup(SPAN_ID_PROPERTY, DEFAULT.spanId()), lookup(TRACE_FLAGS_PROPERTY, DEFAULT.traceFlags()));
	}

	private static String lookup(String property, String fallback) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
		}
		return (value != null && !value.isBlank()) ? value.trim() : fallback;
	}

}
