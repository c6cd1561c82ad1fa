package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.ProtoValues.attributes;
import static dev.otelspring.testing.otlp.ProtoValues.hex;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Exemplar;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flattens an OTLP metrics export request into one {@link ReceivedMetric} per metric, mapping
 * every point type onto the single {@link ReceivedPoint} shape (see there for the field meanings).
 */
final class MetricDecoder {

  private MetricDecoder() {}

  static List<ReceivedMetric> decode(ExportMetricsServiceRequest request) {
    List<ReceivedMetric> metrics = new ArrayList<>();
    for (ResourceMetrics resourceMetrics : request.getResourceMetricsList()) {
      Map<String, Object> resource = attributes(resourceMetrics.getResource().getAttributesList());
      for (ScopeMetrics scopeMetrics : resourceMetrics.getScopeMetricsList()) {
        String scopeName = scopeMetrics.getScope().getName();
        for (Metric metric : scopeMetrics.getMetricsList()) {
          metrics.add(
              new ReceivedMetric(
                  resource,
                  scopeName,
                  metric.getName(),
                  metric.getDescription(),
                  metric.getUnit(),
                  metric.getDataCase().name(), // SUM, GAUGE, HISTOGRAM, ... as documented
                  points(metric)));
        }
      }
    }
    return metrics;
  }

  private static List<ReceivedPoint> points(Metric metric) {
    return switch (metric.getDataCase()) {
      case SUM -> metric.getSum().getDataPointsList().stream().map(MetricDecoder::number).toList();
      case GAUGE ->
          metric.getGauge().getDataPointsList().stream().map(MetricDecoder::number).toList();
      case HISTOGRAM ->
          metric.getHistogram().getDataPointsList().stream().map(MetricDecoder::histogram).toList();
      case EXPONENTIAL_HISTOGRAM ->
          metric.getExponentialHistogram().getDataPointsList().stream()
              .map(MetricDecoder::exponential)
              .toList();
      case SUMMARY ->
          metric.getSummary().getDataPointsList().stream().map(MetricDecoder::summary).toList();
      default -> List.of();
    };
  }

  private static ReceivedPoint number(NumberDataPoint point) {
    double value =
        point.getValueCase() == NumberDataPoint.ValueCase.AS_INT
            ? point.getAsInt()
            : point.getAsDouble();
    return new ReceivedPoint(
        attributes(point.getAttributesList()), value, 0, 0, List.of(), List.of(),
        exemplars(point.getExemplarsList()));
  }

  private static ReceivedPoint histogram(HistogramDataPoint point) {
    return new ReceivedPoint(
        attributes(point.getAttributesList()), point.getSum(), point.getCount(), point.getSum(),
        List.copyOf(point.getExplicitBoundsList()), List.copyOf(point.getBucketCountsList()),
        exemplars(point.getExemplarsList()));
  }

  /** Positive bucket i covers (base^(offset+i), base^(offset+i+1)] with base = 2^(2^-scale). */
  private static ReceivedPoint exponential(ExponentialHistogramDataPoint point) {
    double base = Math.pow(2, Math.pow(2, -point.getScale()));
    ExponentialHistogramDataPoint.Buckets positive = point.getPositive();
    List<Double> upperBounds = new ArrayList<>();
    for (int i = 0; i < positive.getBucketCountsCount(); i++) {
      upperBounds.add(Math.pow(base, positive.getOffset() + i + 1));
    }
    return new ReceivedPoint(
        attributes(point.getAttributesList()), point.getSum(), point.getCount(), point.getSum(),
        List.copyOf(upperBounds), List.copyOf(positive.getBucketCountsList()),
        exemplars(point.getExemplarsList()));
  }

  private static ReceivedPoint summary(SummaryDataPoint point) {
    return new ReceivedPoint(
        attributes(point.getAttributesList()), point.getSum(), point.getCount(), point.getSum(),
        List.of(), List.of(), List.of());
  }

  private static List<ReceivedExemplar> exemplars(List<Exemplar> exemplars) {
    return exemplars.stream()
        .map(
            exemplar ->
                new ReceivedExemplar(
                    hex(exemplar.getTraceId()),
                    hex(exemplar.getSpanId()),
                    exemplar.getValueCase() == Exemplar.ValueCase.AS_INT
                        ? exemplar.getAsInt()
                        : exemplar.getAsDouble(),
                    attributes(exemplar.getFilteredAttributesList())))
        .toList();
  }
}
