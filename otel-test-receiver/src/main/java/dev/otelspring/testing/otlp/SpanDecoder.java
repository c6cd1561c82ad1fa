package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.ProtoValues.attributes;
import static dev.otelspring.testing.otlp.ProtoValues.hex;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Flattens an OTLP trace export request into {@link ReceivedSpan}s, keeping wire order. */
final class SpanDecoder {

  private SpanDecoder() {}

  static List<ReceivedSpan> decode(ExportTraceServiceRequest request) {
    List<ReceivedSpan> spans = new ArrayList<>();
    for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
      Map<String, Object> resource = attributes(resourceSpans.getResource().getAttributesList());
      for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
        String scopeName = scopeSpans.getScope().getName();
        for (Span span : scopeSpans.getSpansList()) {
          spans.add(span(resource, scopeName, span));
        }
      }
    }
    return spans;
  }

  private static ReceivedSpan span(Map<String, Object> resource, String scopeName, Span span) {
    List<ReceivedEvent> events =
        span.getEventsList().stream()
            .map(event -> new ReceivedEvent(event.getName(), attributes(event.getAttributesList())))
            .toList();
    return new ReceivedSpan(
        resource,
        scopeName,
        hex(span.getTraceId()),
        hex(span.getSpanId()),
        hex(span.getParentSpanId()),
        span.getName(),
        kind(span.getKind()),
        status(span.getStatus().getCode()),
        span.getStatus().getMessage(),
        attributes(span.getAttributesList()),
        events,
        span.getStartTimeUnixNano(),
        span.getEndTimeUnixNano(),
        span.getFlags());
  }

  private static SpanKind kind(Span.SpanKind kind) {
    return switch (kind) {
      case SPAN_KIND_INTERNAL -> SpanKind.INTERNAL;
      case SPAN_KIND_SERVER -> SpanKind.SERVER;
      case SPAN_KIND_CLIENT -> SpanKind.CLIENT;
      case SPAN_KIND_PRODUCER -> SpanKind.PRODUCER;
      case SPAN_KIND_CONSUMER -> SpanKind.CONSUMER;
      default -> SpanKind.UNSPECIFIED; // also an unknown future number (UNRECOGNIZED)
    };
  }

  private static StatusCode status(Status.StatusCode code) {
    return switch (code) {
      case STATUS_CODE_OK -> StatusCode.OK;
      case STATUS_CODE_ERROR -> StatusCode.ERROR;
      default -> StatusCode.UNSET;
    };
  }
}
