package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.metrics.data.Data;
import io.opentelemetry.sdk.metrics.data.DoubleExemplarData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongExemplarData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.resources.Resource;

/**
 * The span metrics as the SDK's metric data, handed to every reader.
 * <p>
 * Why our own implementations: the SDK's public factories for points take no exemplars, and its
 * implementations that do are internal.
 */
final class SpanMetricsData {

	private SpanMetricsData() {
	}

	record Metric(Resource getResource, InstrumentationScopeInfo getInstrumentationScopeInfo, String getName,
			String getDescription, String getUnit, MetricDataType getType, Data<?> getData) implements MetricData {
	}

	record CallsPoint(long getStartEpochNanos, long getEpochNanos, Attributes getAttributes, long getValue,
			List<LongExemplarData> getExemplars) implements LongPointData {
	}

	record DurationPoint(long getStartEpochNanos, long getEpochNanos, Attributes getAttributes, double getSum,
			long getCount, List<Double> getBoundaries, List<Long> getCounts,
			List<DoubleExemplarData> getExemplars) implements HistogramPointData {

		// Not kept: Prometheus and the Collector's connector have no use for them, and keeping
		// them would cost two more atomic updates per span.
		@Override
		public boolean hasMin() {
			return false;
		}

		@Override
		public double getMin() {
			return Double.NaN;
		}

		@Override
		public boolean hasMax() {
			return false;
		}

		@Override
		public double getMax() {
			return Double.NaN;
		}

	}

}
