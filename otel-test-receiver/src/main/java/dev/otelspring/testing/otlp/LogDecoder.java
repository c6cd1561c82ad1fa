package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.ProtoValues.attributes;
import static dev.otelspring.testing.otlp.ProtoValues.hex;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flattens an OTLP logs export request into {@link ReceivedLogRecord}s, keeping wire order. */
final class LogDecoder {

  private LogDecoder() {}

  static List<ReceivedLogRecord> decode(ExportLogsServiceRequest request) {
    List<ReceivedLogRecord> logs = new ArrayList<>();
    for (ResourceLogs resourceLogs : request.getResourceLogsList()) {
      Map<String, Object> resource = attributes(resourceLogs.getResource().getAttributesList());
      for (ScopeLogs scopeLogs : resourceLogs.getScopeLogsList()) {
        String scopeName = scopeLogs.getScope().getName();
        for (LogRecord log : scopeLogs.getLogRecordsList()) {
          logs.add(
              new ReceivedLogRecord(
                  resource,
                  scopeName,
                  hex(log.getTraceId()),
                  hex(log.getSpanId()),
                  log.getSeverityText(),
                  log.getSeverityNumberValue(),
                  body(log.getBody()),
                  attributes(log.getAttributesList()),
                  log.getTimeUnixNano()));
        }
      }
    }
    return logs;
  }

  /** Tests nearly always compare the body with text, so expose it as a String whatever its kind. */
  private static String body(AnyValue body) {
    return switch (body.getValueCase()) {
      case STRING_VALUE -> body.getStringValue();
      case VALUE_NOT_SET -> "";
      default -> String.valueOf(ProtoValues.value(body));
    };
  }
}
