package dev.otelspring.testing.otlp;

import java.util.List;
import java.util.Map;

/**
 * One span as decoded from an OTLP export request.
 *
 * <p>Attribute values (here, on events, resources, logs and metric points) are converted to plain
 * Java: {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code List<Object>} for
 * arrays, {@code Map<String, Object>} for key-value lists, {@code byte[]} for bytes, and null for
 * an empty value.
 *
 * @param resource resource attributes of the sender
 * @param scopeName instrumentation scope (tracer) name
 * @param traceId lowercase hex
 * @param spanId lowercase hex
 * @param parentSpanId lowercase hex, {@code ""} for a root span
 * @param name span name
 * @param kind span kind
 * @param status status code
 * @param statusMessage status description, {@code ""} when none
 * @param attributes span attributes
 * @param events span events in recorded order
 * @param startEpochNanos start time
 * @param endEpochNanos end time
 * @param flags the span's W3C trace flags and remote-parent bits as sent
 */
public record ReceivedSpan(
    Map<String, Object> resource,
    String scopeName,
    String traceId,
    String spanId,
    String parentSpanId,
    String name,
    SpanKind kind,
    StatusCode status,
    String statusMessage,
    Map<String, Object> attributes,
    List<ReceivedEvent> events,
    long startEpochNanos,
    long endEpochNanos,
    int flags) {

  /** The sender's {@code service.name} resource attribute, or null when it has none. */
  public String serviceName() {
    return (String) resource.get("service.name");
  }

  /** The span attribute {@code key}, or null when absent. */
  public Object attribute(String key) {
    return attributes.get(key);
  }

  /** True when the span has no parent span id. */
  public boolean isRoot() {
    return parentSpanId.isEmpty();
  }
}
