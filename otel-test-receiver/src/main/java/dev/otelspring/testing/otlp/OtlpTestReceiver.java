package dev.otelspring.testing.otlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real OTLP receiver for tests: OTLP/HTTP (binary protobuf) and OTLP/gRPC on free ports of
 * 127.0.0.1, decoding what arrives with the {@code io.opentelemetry.proto} classes. See the
 * package documentation for an example.
 */
public final class OtlpTestReceiver implements AutoCloseable {

  private final ReceivedStore store = new ReceivedStore();
  private final ExportIntake intake = new ExportIntake(store);
  private final HttpReceiver http;
  private final GrpcReceiver grpc;

  private OtlpTestReceiver() throws IOException {
    http = new HttpReceiver(intake);
    try {
      grpc = new GrpcReceiver(intake);
    } catch (IOException | RuntimeException e) {
      http.close(); // do not leak the HTTP port when gRPC cannot start
      throw e;
    }
  }

  /** Starts both servers; they are listening when this returns. */
  public static OtlpTestReceiver start() {
    try {
      return new OtlpTestReceiver();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the OTLP test receiver", e);
    }
  }

  /** Base URL for OTLP/HTTP; append /v1/traces, /v1/metrics or /v1/logs. */
  public String httpEndpoint() {
    return "http://127.0.0.1:" + http.port();
  }

  /** URL for OTLP/gRPC exporters (plaintext HTTP/2). */
  public String grpcEndpoint() {
    return "http://127.0.0.1:" + grpc.port();
  }

  public List<ReceivedSpan> spans() {
    return store.spans();
  }

  public List<ReceivedLogRecord> logs() {
    return store.logs();
  }

  /** One entry per metric per export request, in arrival order. */
  public List<ReceivedMetric> metrics() {
    return store.metrics();
  }

  /** Every recorded request body (decompressed), concatenated; for "secret never sent" checks. */
  public byte[] rawBytes() {
    return store.rawBytes();
  }

  /** Export requests received for the signal over both transports, including rejected ones. */
  public int requestCount(Signal signal) {
    return store.requestCount(signal);
  }

  /** Waits until at least {@code atLeast} spans arrived; AssertionError listing them if not. */
  public List<ReceivedSpan> awaitSpans(int atLeast, Duration timeout) {
    return awaitSpans(spans -> spans.size() >= atLeast, timeout);
  }

  public List<ReceivedSpan> awaitSpans(Predicate<List<ReceivedSpan>> condition, Duration timeout) {
    return Await.until("spans matching the condition", store::spans, condition, timeout);
  }

  public List<ReceivedLogRecord> awaitLogs(
      Predicate<List<ReceivedLogRecord>> condition, Duration timeout) {
    return Await.until("log records matching the condition", store::logs, condition, timeout);
  }

  public List<ReceivedMetric> awaitMetrics(
      Predicate<List<ReceivedMetric>> condition, Duration timeout) {
    return Await.until("metrics matching the condition", store::metrics, condition, timeout);
  }

  /** Forgets all received data and request counts; fault injection settings stay as they are. */
  public void reset() {
    store.reset();
  }

  /**
   * Fault injection: answer every export with this HTTP status (gRPC: 503 -> UNAVAILABLE, 429 ->
   * RESOURCE_EXHAUSTED) without recording its data; the request is still counted. 200 restores
   * normal behaviour.
   */
  public void respondWith(int httpStatus) {
    intake.respondWith(httpStatus);
  }

  /** Fault injection: delay every export answer by this much; Duration.ZERO turns it off. */
  public void delayResponses(Duration delay) {
    intake.delayResponses(delay);
  }

  /** Stops both servers at once, cutting off exchanges in flight. */
  @Override
  public void close() {
    try (http) {
      grpc.close();
    }
  }
}
