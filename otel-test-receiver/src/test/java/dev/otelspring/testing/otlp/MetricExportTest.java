package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static dev.otelspring.testing.otlp.TestSupport.metricNamed;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OtlpHttpMetricExporter + PeriodicMetricReader: sums, gauges, histograms and exemplars. */
class MetricExportTest {

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();
  private final SdkMeterProvider meters =
      TestSupport.meterProvider(SdkMeterProvider.builder(), receiver);

  @AfterEach
  void close() {
    meters.shutdown();
    receiver.close();
  }

  @Test
  void sumGaugeAndHistogramWithExemplarAreDecoded() {
    Meter meter = meters.get("shop.metrics");
    meter.counterBuilder("orders.placed").setUnit("{order}").setDescription("Orders").build()
        .add(3, Attributes.of(AttributeKey.stringKey("region"), "eu"));
    meter.gaugeBuilder("queue.fill").buildWithCallback(gauge -> gauge.record(0.75));
    DoubleHistogram latency = meter.histogramBuilder("checkout.duration").setUnit("s").build();
    // ExemplarFilter.traceBased() is the SDK default: only measurements in a sampled span count.
    Span span = SdkTracerProvider.builder().build().get("test").spanBuilder("checkout").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      latency.record(0.25);
    } finally {
      span.end();
    }
    assertThat(TestSupport.succeeded(meters.forceFlush())).isTrue();

    List<ReceivedMetric> metrics = receiver.awaitMetrics(received -> received.size() >= 3, TIMEOUT);

    ReceivedMetric orders = metricNamed(metrics, "orders.placed");
    assertThat(orders.type()).isEqualTo("SUM");
    assertThat(orders.unit()).isEqualTo("{order}");
    assertThat(orders.description()).isEqualTo("Orders");
    assertThat(orders.serviceName()).isEqualTo("shop");
    assertThat(orders.scopeName()).isEqualTo("shop.metrics");
    assertThat(orders.points()).singleElement().satisfies(point -> {
      assertThat(point.value()).isEqualTo(3.0);
      assertThat(point.attributes()).isEqualTo(Map.of("region", "eu"));
      assertThat(point.exemplars()).as("recorded outside any span").isEmpty();
    });

    ReceivedMetric fill = metricNamed(metrics, "queue.fill");
    assertThat(fill.type()).isEqualTo("GAUGE");
    assertThat(fill.points()).singleElement().extracting(ReceivedPoint::value).isEqualTo(0.75);

    ReceivedMetric duration = metricNamed(metrics, "checkout.duration");
    assertThat(duration.type()).isEqualTo("HISTOGRAM");
    ReceivedPoint point = duration.points().get(0);
    assertThat(point.count()).isEqualTo(1);
    assertThat(point.sum()).isEqualTo(0.25);
    assertThat(point.bucketBounds()).startsWith(0.0, 5.0, 10.0); // the SDK's default boundaries
    assertThat(point.bucketCounts()).hasSize(point.bucketBounds().size() + 1);
    assertThat(point.bucketCounts().get(1)).as("0.25 falls in (0, 5]").isEqualTo(1L);
    assertThat(point.exemplars()).singleElement().satisfies(exemplar -> {
      assertThat(exemplar.traceId()).isEqualTo(span.getSpanContext().getTraceId());
      assertThat(exemplar.spanId()).isEqualTo(span.getSpanContext().getSpanId());
      assertThat(exemplar.value()).isEqualTo(0.25);
    });
    assertThat(receiver.requestCount(Signal.METRICS)).isEqualTo(1);
  }
}
