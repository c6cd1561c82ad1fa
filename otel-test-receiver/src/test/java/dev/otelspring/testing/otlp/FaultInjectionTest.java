package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static dev.otelspring.testing.otlp.TestSupport.endedSpan;
import static dev.otelspring.testing.otlp.TestSupport.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** respondWith(status): refused exports fail, are counted, and leave no data behind. */
class FaultInjectionTest {

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void httpExporterFailsWhileRejectedAndSucceedsAfterRestore() {
    // Retries off: the exporter would otherwise back off for seconds before giving up.
    SpanExporter exporter =
        OtlpHttpSpanExporter.builder()
            .setEndpoint(receiver.httpEndpoint() + "/v1/traces")
            .setRetryPolicy(null)
            .build();
    assertRejectedThenRestored(exporter);
  }

  @Test
  void grpcExporterFailsWhileRejectedAndSucceedsAfterRestore() {
    SpanExporter exporter =
        OtlpGrpcSpanExporter.builder()
            .setEndpoint(receiver.grpcEndpoint())
            .setRetryPolicy(null)
            .build();
    assertRejectedThenRestored(exporter);
  }

  private void assertRejectedThenRestored(SpanExporter exporter) {
    receiver.respondWith(503);
    assertThat(succeeded(exporter.export(endedSpan("rejected")))).isFalse();
    assertThat(receiver.spans()).isEmpty();
    assertThat(receiver.rawBytes()).isEmpty();
    assertThat(receiver.requestCount(Signal.TRACES)).as("refused, but counted").isEqualTo(1);

    receiver.respondWith(200);
    assertThat(succeeded(exporter.export(endedSpan("accepted")))).isTrue();
    assertThat(receiver.spans()).extracting(ReceivedSpan::name).containsExactly("accepted");
    assertThat(receiver.requestCount(Signal.TRACES)).isEqualTo(2);
    exporter.shutdown();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 503})
  void httpAnswersTheInjectedStatus(int status) {
    receiver.respondWith(status);
    byte[] body = RawOtlp.traceRequest("refused").toByteArray();

    HttpResponse<byte[]> response =
        RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", "application/x-protobuf", body));

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(receiver.spans()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"503, UNAVAILABLE", "429, RESOURCE_EXHAUSTED"})
  void grpcAnswersTheMatchingStatusCode(int httpStatus, Status.Code expected) {
    receiver.respondWith(httpStatus);
    int port = URI.create(receiver.grpcEndpoint()).getPort();
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    try {
      TraceServiceGrpc.TraceServiceBlockingStub stub =
          TraceServiceGrpc.newBlockingStub(channel)
              .withDeadlineAfter(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThatThrownBy(() -> stub.export(RawOtlp.traceRequest("refused")))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(expected));
    } finally {
      channel.shutdownNow();
    }
    assertThat(receiver.spans()).isEmpty();
    assertThat(receiver.requestCount(Signal.TRACES)).isEqualTo(1);
  }
}
