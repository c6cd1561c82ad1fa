package dev.otelspring.testing.otlp;

import java.util.List;
import java.util.Map;

/**
 * One metric as it appeared in one export request. A metric exported twice (for example by two
 * periodic collections) is received as two {@code ReceivedMetric}s, in arrival order.
 *
 * @param resource resource attributes of the sender
 * @param scopeName instrumentation scope (meter) name
 * @param name metric name
 * @param description metric description, {@code ""} when none
 * @param unit metric unit, {@code ""} when none
 * @param type one of "SUM", "GAUGE", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM", "SUMMARY" (or
 *     "DATA_NOT_SET" for a metric without data)
 * @param points the data points of this batch
 */
public record ReceivedMetric(
    Map<String, Object> resource,
    String scopeName,
    String name,
    String description,
    String unit,
    String type,
    List<ReceivedPoint> points) {

  /** The sender's {@code service.name} resource attribute, or null when it has none. */
  public String serviceName() {
    return (String) resource.get("service.name");
  }
}
