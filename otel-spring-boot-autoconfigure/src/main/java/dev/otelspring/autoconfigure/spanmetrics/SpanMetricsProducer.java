package dev.otelspring.autoconfigure.spanmetrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.common.Clock;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.HistogramData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongExemplarData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.data.SumData;
import io.opentelemetry.sdk.metrics.export.MetricProducer;
import io.opentelemetry.sdk.resources.Resource;
import org.jspecify.annotations.Nullable;

import dev.otelspring.autoconfigure.spanmetrics.SpanMetricsData.CallsPoint;
import dev.otelspring.autoconfigure.spanmetrics.SpanMetricsData.DurationPoint;
import dev.otelspring.autoconfigure.spanmetrics.SpanMetricsData.Metric;

/**
 * Hands the span metrics to every metric reader of the meter provider (the Prometheus endpoint,
 * OTLP), at each collection, as cumulative data: the calls counter and the duration histogram.
 */
final class SpanMetricsProducer implements MetricProducer {

	static final String SCOPE = "dev.otelspring.spanmetrics";

	static final String CALLS = "traces.span.metrics.calls";

	static final String DURATION = "traces.span.metrics.duration";

	private static final InstrumentationScopeInfo scope = InstrumentationScopeInfo.create(SCOPE);

	private final Supplier<@Nullable SeriesTable> table;

	SpanMetricsProducer(Supplier<@Nullable SeriesTable> table) {
		this.table = table;
	}

	@Override
	public Collection<MetricData> produce(Resource resource) {
		SeriesTable table = this.table.get();
		if (table == null) {
			return List.of();
		}
		long now = Clock.getDefault().now();
		List<LongPointData> calls = new ArrayList<>();
		List<HistogramPointData> durations = new ArrayList<>();
		table.series().forEach((series) -> add(series, now, calls, durations));
		add(table.overflow(), now, calls, durations);
		table.collected();
		if (calls.isEmpty()) {
			return List.of();
		}
		return List.of(
				new Metric(resource, scope, CALLS, "Number of ended spans, counted whether sampled or not.", "",
						MetricDataType.LONG_SUM, SumData.createLongSumData(true, AggregationTemporality.CUMULATIVE, calls)),
				new Metric(resource, scope, DURATION,
						"Duration of the spans, recorded from every ended span whether sampled or not.", "s",
						MetricDataType.HISTOGRAM, HistogramData.create(AggregationTemporality.CUMULATIVE, durations)));
	}

	private static void add(SpanMetricsSeries series, long now, List<LongPointData> calls,
			List<HistogramPointData> durations) {
		SpanMetricsSeries.Snapshot snapshot = series.snapshot();
		if (snapshot.total() == 0) {
			return;
		}
		Attributes labels = series.attributes();
		SpanMetricsSeries.Exemplar newest = snapshot.newest();
		List<LongExemplarData> callExemplars = (newest != null) ? List
			.of(LongExemplarData.create(Attributes.empty(), newest.epochNanos(), newest.spanContext(), 1)) : List.of();
		calls.add(new CallsPoint(series.startEpochNanos(), now, labels, snapshot.total(), callExemplars));
		durations.add(new DurationPoint(series.startEpochNanos(), now, labels, snapshot.sumSeconds(),
				snapshot.total(), series.boundsSeconds(), snapshot.counts(), snapshot.exemplars()));
	}

}
