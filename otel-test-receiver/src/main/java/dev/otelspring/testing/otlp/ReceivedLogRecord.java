package dev.otelspring.testing.otlp;

import java.util.Map;

/**
 * One log record as decoded from an OTLP export request.
 *
 * @param resource resource attributes of the sender
 * @param scopeName instrumentation scope (logger) name
 * @param traceId lowercase hex, {@code ""} when the record was not emitted inside a span
 * @param spanId lowercase hex, {@code ""} when the record was not emitted inside a span
 * @param severityText severity text, {@code ""} when none
 * @param severityNumber OTLP severity number (0 = unspecified, 9 = INFO, 17 = ERROR, ...)
 * @param body a string body as is; any other body converted with {@code String.valueOf} of its
 *     Java form (see {@link ReceivedSpan}); {@code ""} when there is no body
 * @param attributes log attributes, values converted as described on {@link ReceivedSpan}
 * @param timeEpochNanos {@code time_unix_nano} exactly as sent; 0 means the sender did not set
 *     it (the OTel SDK only sets it when the caller gives a timestamp, and always sends an
 *     observed time, which is not exposed here)
 */
public record ReceivedLogRecord(
    Map<String, Object> resource,
    String scopeName,
    String traceId,
    String spanId,
    String severityText,
    int severityNumber,
    String body,
    Map<String, Object> attributes,
    long timeEpochNanos) {

  /** The sender's {@code service.name} resource attribute, or null when it has none. */
  public String serviceName() {
    return (String) resource.get("service.name");
  }

  /** The log attribute {@code key}, or null when absent. */
  public Object attribute(String key) {
    return attributes.get(key);
  }
}
