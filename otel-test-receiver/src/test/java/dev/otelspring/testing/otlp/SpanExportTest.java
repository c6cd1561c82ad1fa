package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real SDK span exporters, over both transports, with and without gzip. */
class SpanExportTest {

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "gzip"})
  void httpExporterSpansAreDecoded(String compression) {
    SampleTrace sent =
        SampleTrace.exportWith(
            OtlpHttpSpanExporter.builder()
                .setEndpoint(receiver.httpEndpoint() + "/v1/traces")
                .setCompression(compression)
                .build());
    assertReceived(sent);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "gzip"})
  void grpcExporterSpansAreDecoded(String compression) {
    SampleTrace sent =
        SampleTrace.exportWith(
            OtlpGrpcSpanExporter.builder()
                .setEndpoint(receiver.grpcEndpoint())
                .setCompression(compression)
                .build());
    assertReceived(sent);
  }

  private void assertReceived(SampleTrace sent) {
    List<ReceivedSpan> spans = receiver.awaitSpans(2, TIMEOUT);

    // SimpleSpanProcessor sends one request per span, and the two may overtake each other.
    assertThat(spans).extracting(ReceivedSpan::name)
        .containsExactlyInAnyOrder("SELECT orders", "GET /orders");
    assertThat(receiver.requestCount(Signal.TRACES)).isEqualTo(2);
    assertThat(receiver.requestCount(Signal.LOGS)).isZero();
    ReceivedSpan parent = byName(spans, "GET /orders");
    ReceivedSpan child = byName(spans, "SELECT orders");

    assertThat(parent.isRoot()).isTrue();
    assertThat(parent.parentSpanId()).isEmpty();
    assertThat(parent.kind()).isEqualTo(SpanKind.SERVER);
    assertThat(parent.status()).isEqualTo(StatusCode.UNSET);
    assertThat(parent.spanId()).isEqualTo(sent.parentSpanId());
    assertThat(parent.traceId()).isEqualTo(sent.traceId()).hasSize(32);

    assertThat(child.isRoot()).isFalse();
    assertThat(child.parentSpanId()).isEqualTo(sent.parentSpanId());
    assertThat(child.spanId()).isEqualTo(sent.childSpanId()).hasSize(16);
    assertThat(child.traceId()).isEqualTo(sent.traceId());
    assertThat(child.kind()).isEqualTo(SpanKind.CLIENT);
    assertThat(child.status()).isEqualTo(StatusCode.ERROR);
    assertThat(child.statusMessage()).isEqualTo("timeout");
    assertThat(child.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "db.system", "postgresql",
                "db.rows", 42L,
                "db.ratio", 0.5,
                "db.cached", true,
                "db.tables", List.of("orders", "lines"),
                "db.shards", List.of(3L, 5L)));
    assertThat(child.attribute("db.rows")).isInstanceOf(Long.class);
    assertThat(child.events())
        .containsExactly(new ReceivedEvent("row fetched", Map.of("row", 7L, "id", "o-1")));
    assertThat(child.flags() & 0x01).as("sampled flag").isEqualTo(1);
    assertThat(child.startEpochNanos()).isPositive().isLessThanOrEqualTo(child.endEpochNanos());

    for (ReceivedSpan span : spans) {
      assertThat(span.serviceName()).isEqualTo("checkout");
      assertThat(span.scopeName()).isEqualTo("receiver-test");
    }
  }

  private static ReceivedSpan byName(List<ReceivedSpan> spans, String name) {
    return spans.stream().filter(span -> span.name().equals(name)).findFirst().orElseThrow();
  }
}
