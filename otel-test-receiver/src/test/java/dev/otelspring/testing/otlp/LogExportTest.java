package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogExportTest {

  private static final long TIMESTAMP_NANOS = 1_700_000_000_123_456_789L;

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void httpLogRecordsAreDecodedWithTheirSpanContext() {
    SdkLoggerProvider loggers =
        SdkLoggerProvider.builder()
            .setResource(TestSupport.resource("billing"))
            .addLogRecordProcessor(
                SimpleLogRecordProcessor.create(
                    OtlpHttpLogRecordExporter.builder()
                        .setEndpoint(receiver.httpEndpoint() + "/v1/logs")
                        .build()))
            .build();
    Logger logger = loggers.get("billing.audit");
    // Spans only need to be sampled for the context to reach the log; nothing exports them.
    Span span = SdkTracerProvider.builder().build().get("test").spanBuilder("charge").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      logger.logRecordBuilder()
          .setSeverity(Severity.WARN)
          .setSeverityText("WARN")
          .setBody("card declined")
          .setAttribute(AttributeKey.stringKey("card.brand"), "visa")
          .setAttribute(AttributeKey.longKey("attempt"), 3L)
          .setTimestamp(TIMESTAMP_NANOS, TimeUnit.NANOSECONDS)
          .emit();
    } finally {
      span.end();
    }
    logger.logRecordBuilder().setBody("outside any span").emit();
    assertThat(TestSupport.succeeded(loggers.shutdown())).isTrue();

    List<ReceivedLogRecord> logs = receiver.awaitLogs(received -> received.size() >= 2, TIMEOUT);

    // One request per record (SimpleLogRecordProcessor); they may arrive in either order.
    ReceivedLogRecord inSpan = withBody(logs, "card declined");
    assertThat(inSpan.body()).isEqualTo("card declined");
    assertThat(inSpan.severityText()).isEqualTo("WARN");
    assertThat(inSpan.severityNumber()).isEqualTo(Severity.WARN.getSeverityNumber()).isEqualTo(13);
    assertThat(inSpan.attributes()).isEqualTo(Map.of("card.brand", "visa", "attempt", 3L));
    assertThat(inSpan.attribute("attempt")).isEqualTo(3L);
    assertThat(inSpan.traceId()).isEqualTo(span.getSpanContext().getTraceId());
    assertThat(inSpan.spanId()).isEqualTo(span.getSpanContext().getSpanId());
    assertThat(inSpan.timeEpochNanos()).isEqualTo(TIMESTAMP_NANOS);
    assertThat(inSpan.serviceName()).isEqualTo("billing");
    assertThat(inSpan.scopeName()).isEqualTo("billing.audit");

    ReceivedLogRecord outside = withBody(logs, "outside any span");
    assertThat(outside.traceId()).isEmpty();
    assertThat(outside.spanId()).isEmpty();
    assertThat(outside.severityNumber()).isZero();
    assertThat(receiver.requestCount(Signal.LOGS)).isEqualTo(2);
  }

  private static ReceivedLogRecord withBody(List<ReceivedLogRecord> logs, String body) {
    return logs.stream().filter(log -> log.body().equals(body)).findFirst().orElseThrow();
  }
}
