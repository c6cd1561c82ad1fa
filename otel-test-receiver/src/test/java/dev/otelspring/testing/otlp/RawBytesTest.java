package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RawBytesTest {

  private static final String MARKER = "marker-7f3a9c-do-not-leak";

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void rawBytesHoldTheDecompressedPayloadUntilReset() {
    // gzip on purpose: the marker is only findable if the receiver keeps decompressed bytes.
    SdkTracerProvider provider = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(OtlpHttpSpanExporter.builder()
            .setEndpoint(receiver.httpEndpoint() + "/v1/traces").setCompression("gzip").build()))
        .build();
    provider.get("test").spanBuilder("login").setAttribute("user.token", MARKER).startSpan().end();
    assertThat(TestSupport.succeeded(provider.shutdown())).isTrue();
    receiver.awaitSpans(1, TIMEOUT);

    assertThat(TestSupport.containsUtf8(receiver.rawBytes(), MARKER)).isTrue();
    assertThat(TestSupport.containsUtf8(receiver.rawBytes(), "never-exported-value")).isFalse();

    receiver.reset();

    assertThat(receiver.rawBytes()).isEmpty();
    assertThat(receiver.spans()).isEmpty();
    assertThat(receiver.requestCount(Signal.TRACES)).isZero();
    assertThat(TestSupport.containsUtf8(receiver.rawBytes(), MARKER)).isFalse();
  }
}
