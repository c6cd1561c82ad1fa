package dev.otelspring.testing.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Value kinds the SDK exporters rarely or never send (key-value lists, bytes, empty values, a
 * non-string log body), in a hand-made request.
 */
class AttributeConversionTest {

  private static final byte[] BYTES = {7};

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void everyValueKindIsConvertedToPlainJava() {
    AnyValue nested =
        AnyValue.newBuilder()
            .setArrayValue(
                ArrayValue.newBuilder()
                    .addValues(AnyValue.newBuilder().setDoubleValue(1.5))
                    .addValues(
                        AnyValue.newBuilder()
                            .setKvlistValue(
                                KeyValueList.newBuilder()
                                    .addValues(
                                        keyValue("ok", AnyValue.newBuilder().setBoolValue(true))))))
            .build();
    LogRecord log =
        LogRecord.newBuilder()
            .setBody(AnyValue.newBuilder().setIntValue(42))
            .addAttributes(keyValue("text", AnyValue.newBuilder().setStringValue("t")))
            .addAttributes(keyValue("empty", AnyValue.newBuilder()))
            .addAttributes(
                keyValue("bytes", AnyValue.newBuilder().setBytesValue(ByteString.copyFrom(BYTES))))
            .addAttributes(KeyValue.newBuilder().setKey("nested").setValue(nested))
            .build();
    byte[] body =
        ExportLogsServiceRequest.newBuilder()
            .addResourceLogs(
                ResourceLogs.newBuilder().addScopeLogs(ScopeLogs.newBuilder().addLogRecords(log)))
            .build()
            .toByteArray();

    assertThat(
            RawOtlp.send(RawOtlp.post(receiver, "/v1/logs", "application/x-protobuf", body))
                .statusCode())
        .isEqualTo(200);

    ReceivedLogRecord received = receiver.logs().get(0);
    assertThat(received.body()).isEqualTo("42");
    assertThat(received.attribute("text")).isEqualTo("t");
    assertThat(received.attributes()).containsEntry("empty", null);
    assertThat(received.attribute("bytes")).isEqualTo(new byte[] {7});
    assertThat(received.attribute("nested")).isEqualTo(List.of(1.5, Map.of("ok", true)));
    assertThat(received.attributes().keySet())
        .as("wire order kept")
        .containsExactly("text", "empty", "bytes", "nested");
    assertThat(received.traceId()).isEmpty();
    assertThat(received.serviceName()).isNull();
  }

  private static KeyValue keyValue(String key, AnyValue.Builder value) {
    return KeyValue.newBuilder().setKey(key).setValue(value).build();
  }
}
