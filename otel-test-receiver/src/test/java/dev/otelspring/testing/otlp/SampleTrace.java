package dev.otelspring.testing.otlp;

import static io.opentelemetry.api.common.AttributeKey.longArrayKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;

/**
 * A two-span trace made by the real SDK: a SERVER span "GET /orders" (service "checkout", scope
 * "receiver-test") with a CLIENT child "SELECT orders" carrying attributes of every primitive and
 * array type, one event and an ERROR status.
 */
record SampleTrace(Span parent, Span child) {

  /** Creates the trace and exports it through {@code exporter}, one request per span. */
  static SampleTrace exportWith(SpanExporter exporter) {
    SdkTracerProvider provider =
        SdkTracerProvider.builder()
            .setResource(TestSupport.resource("checkout"))
            .addSpanProcessor(SimpleSpanProcessor.create(exporter))
            .build();
    Tracer tracer = provider.get("receiver-test");
    // Fully qualified: this package has its own SpanKind and StatusCode.
    Span parent =
        tracer.spanBuilder("GET /orders")
            .setSpanKind(io.opentelemetry.api.trace.SpanKind.SERVER)
            .startSpan();
    Span child;
    try (Scope ignored = parent.makeCurrent()) {
      child =
          tracer.spanBuilder("SELECT orders")
              .setSpanKind(io.opentelemetry.api.trace.SpanKind.CLIENT)
              .setAttribute("db.system", "postgresql")
              .setAttribute("db.rows", 42L)
              .setAttribute("db.ratio", 0.5)
              .setAttribute("db.cached", true)
              .setAttribute(stringArrayKey("db.tables"), List.of("orders", "lines"))
              .setAttribute(longArrayKey("db.shards"), List.of(3L, 5L))
              .startSpan();
      child.addEvent("row fetched", Attributes.of(longKey("row"), 7L, stringKey("id"), "o-1"));
      child.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR, "timeout");
      child.end();
    }
    parent.end();
    // shutdown() waits for SimpleSpanProcessor's exports to finish.
    assertThat(TestSupport.succeeded(provider.shutdown())).isTrue();
    return new SampleTrace(parent, child);
  }

  String traceId() {
    return parent.getSpanContext().getTraceId();
  }

  String parentSpanId() {
    return parent.getSpanContext().getSpanId();
  }

  String childSpanId() {
    return child.getSpanContext().getSpanId();
  }
}
