package dev.otelspring.testing.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OTLP/HTTP contract, driven by hand-made requests. */
class HttpProtocolTest {

  private static final String PROTOBUF = "application/x-protobuf";

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();
  private final byte[] traceBody = RawOtlp.traceRequest("hand-made").toByteArray();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void protobufExportIsAnsweredWithAnEmptyProtobufResponse() {
    HttpResponse<byte[]> response =
        RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", PROTOBUF, traceBody));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(PROTOBUF);
    assertThat(response.body()).isEmpty(); // an empty ExportTraceServiceResponse is zero bytes
    assertThat(receiver.spans()).singleElement().satisfies(span -> {
      assertThat(span.name()).isEqualTo("hand-made");
      assertThat(span.traceId()).isEqualTo("0102030405060708090a0b0c0d0e0f10");
      assertThat(span.spanId()).isEqualTo("ab00000000000001");
      assertThat(span.isRoot()).isTrue();
      assertThat(span.kind()).isEqualTo(SpanKind.UNSPECIFIED);
      assertThat(span.status()).isEqualTo(StatusCode.UNSET);
      assertThat(span.serviceName()).isNull();
    });
  }

  @Test
  void gzipBodyIsDecompressedBeforeDecodingAndRecording() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(traceBody);
    }
    HttpResponse<byte[]> response =
        RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", PROTOBUF, compressed.toByteArray())
            .header("Content-Encoding", "gzip"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(receiver.spans()).extracting(ReceivedSpan::name).containsExactly("hand-made");
    assertThat(receiver.rawBytes()).isEqualTo(traceBody);
  }

  @Test
  void badRequestsAreRefusedAndNotRecorded() {
    assertThat(RawOtlp.send(RawOtlp.post(receiver, "/v1/profiles", PROTOBUF, traceBody))
        .statusCode()).as("unknown path").isEqualTo(404);
    assertThat(RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", "application/json", traceBody))
        .statusCode()).as("OTLP/JSON").isEqualTo(415);
    assertThat(RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", PROTOBUF, traceBody)
        .header("Content-Encoding", "br")).statusCode()).as("unknown encoding").isEqualTo(415);
    assertThat(RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", PROTOBUF, traceBody)
        .GET()).statusCode()).as("GET").isEqualTo(405);
    byte[] truncated = Arrays.copyOf(traceBody, traceBody.length - 3);
    assertThat(RawOtlp.send(RawOtlp.post(receiver, "/v1/traces", PROTOBUF, truncated))
        .statusCode()).as("truncated protobuf").isEqualTo(400);

    assertThat(receiver.spans()).isEmpty();
    assertThat(receiver.rawBytes()).isEmpty();
    assertThat(receiver.requestCount(Signal.TRACES)).isZero();
  }
}
