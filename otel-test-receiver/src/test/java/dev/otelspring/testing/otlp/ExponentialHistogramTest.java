package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static dev.otelspring.testing.otlp.TestSupport.metricNamed;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.View;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receiver computes bucket bounds from scale and offset; this checks that arithmetic. */
class ExponentialHistogramTest {

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();
  private final SdkMeterProvider meters =
      TestSupport.meterProvider(
          SdkMeterProvider.builder()
              .registerView(
                  InstrumentSelector.builder().setName("payload.size").build(),
                  View.builder()
                      .setAggregation(Aggregation.base2ExponentialBucketHistogram())
                      .build()),
          receiver);

  @AfterEach
  void close() {
    meters.shutdown();
    receiver.close();
  }

  @Test
  void bucketBoundsEncloseTheRecordedValues() {
    DoubleHistogram sizes = meters.get("shop.metrics").histogramBuilder("payload.size").build();
    sizes.record(1.0);
    sizes.record(3.0);
    sizes.record(100.0);
    assertThat(TestSupport.succeeded(meters.forceFlush())).isTrue();

    List<ReceivedMetric> metrics = receiver.awaitMetrics(received -> !received.isEmpty(), TIMEOUT);
    ReceivedMetric metric = metricNamed(metrics, "payload.size");

    assertThat(metric.type()).isEqualTo("EXPONENTIAL_HISTOGRAM");
    ReceivedPoint point = metric.points().get(0);
    assertThat(point.count()).isEqualTo(3);
    assertThat(point.sum()).isEqualTo(104.0);
    assertThat(point.bucketCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    assertThat(point.bucketBounds()).hasSameSizeAs(point.bucketCounts()).isSorted();
    // Buckets are upper-inclusive, so the lowest non-empty one ends exactly at 1.0 and the
    // highest one ends at or just above 100.
    assertThat(upperBoundOfNonEmpty(point, 0)).isEqualTo(1.0);
    assertThat(upperBoundOfNonEmpty(point, point.bucketCounts().size() - 1))
        .isBetween(100.0, 110.0);
  }

  /** Upper bound of the non-empty bucket nearest to index {@code from}, searching inwards. */
  private static double upperBoundOfNonEmpty(ReceivedPoint point, int from) {
    int step = from == 0 ? 1 : -1;
    int i = from;
    while (point.bucketCounts().get(i) == 0) {
      i += step;
    }
    return point.bucketBounds().get(i);
  }
}
