package dev.otelspring.testing.otlp;

import java.util.Map;

/**
 * One exemplar attached to a metric data point.
 *
 * @param traceId lowercase hex, {@code ""} when the measurement was not made inside a span
 * @param spanId lowercase hex, {@code ""} when the measurement was not made inside a span
 * @param value the measurement; integer exemplars are widened to double
 * @param filteredAttributes the measurement attributes that the view dropped from the point
 */
public record ReceivedExemplar(
    String traceId, String spanId, double value, Map<String, Object> filteredAttributes) {}
