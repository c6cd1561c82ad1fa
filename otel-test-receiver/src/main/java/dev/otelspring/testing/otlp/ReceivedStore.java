package dev.otelspring.testing.otlp;

import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the receiver has accepted. Both transports write from their own threads while the
 * test thread reads, so every access holds the monitor and readers get copies.
 */
final class ReceivedStore {

  private final List<ReceivedSpan> spans = new ArrayList<>();
  private final List<ReceivedLogRecord> logs = new ArrayList<>();
  private final List<ReceivedMetric> metrics = new ArrayList<>();
  private final ByteArrayOutputStream rawBytes = new ByteArrayOutputStream();
  private final Map<Signal, Integer> requestCounts = new EnumMap<>(Signal.class);

  synchronized void countRequest(Signal signal) {
    requestCounts.merge(signal, 1, Integer::sum);
  }

  /** Decodes outside the lock so a large batch does not hold up readers. */
  void record(Signal signal, Message request, byte[] body) {
    switch (signal) {
      case TRACES -> add(spans, SpanDecoder.decode((ExportTraceServiceRequest) request), body);
      case METRICS ->
          add(metrics, MetricDecoder.decode((ExportMetricsServiceRequest) request), body);
      case LOGS -> add(logs, LogDecoder.decode((ExportLogsServiceRequest) request), body);
    }
  }

  private synchronized <T> void add(List<T> target, List<T> decoded, byte[] body) {
    target.addAll(decoded);
    rawBytes.writeBytes(body);
  }

  synchronized List<ReceivedSpan> spans() {
    return List.copyOf(spans);
  }

  synchronized List<ReceivedLogRecord> logs() {
    return List.copyOf(logs);
  }

  synchronized List<ReceivedMetric> metrics() {
    return List.copyOf(metrics);
  }

  synchronized byte[] rawBytes() {
    return rawBytes.toByteArray();
  }

  synchronized int requestCount(Signal signal) {
    return requestCounts.getOrDefault(signal, 0);
  }

  synchronized void reset() {
    spans.clear();
    logs.clear();
    metrics.clear();
    rawBytes.reset();
    requestCounts.clear();
  }
}
