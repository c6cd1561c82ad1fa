package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.context.Context;

/**
 * The calls counter and the duration histogram, created on the SDK's meter provider once that
 * provider is handed over.
 * <p>
 * Why handed over, not injected: the span processor must go into the tracer provider while the
 * SDK is being built, and the autoconfigure module offers its customizers the builders only,
 * never the built meter provider. {@link SpanMetricsBinder} binds it as soon as the SDK exists,
 * before anything can start a span; until then measurements go to the no-op instruments.
 */
final class SpanMetricsInstruments {

	static final String SCOPE = "dev.otelspring.spanmetrics";

	static final String CALLS = "traces.span.metrics.calls";

	static final String DURATION = "traces.span.metrics.duration";

	private static final double NANOS_PER_SECOND = 1_000_000_000.0;

	private final List<Double> bucketBoundaries;

	private volatile LongCounter calls;

	private volatile DoubleHistogram duration;

	SpanMetricsInstruments(List<Double> bucketBoundaries) {
		this.bucketBoundaries = bucketBoundaries;
		bind(MeterProvider.noop());
	}

	void bind(MeterProvider meterProvider) {
		Meter meter = meterProvider.get(SCOPE);
		// Buckets as advice rather than a view: they then hold on a meter provider of the user's
		// too, and a view of the user's still wins.
		this.duration = meter.histogramBuilder(DURATION)
			.setUnit("s")
			.setExplicitBucketBoundariesAdvice(this.bucketBoundaries)
			.setDescription("Duration of the spans, recorded from every ended span whether sampled or not.")
			.build();
		this.calls = meter.counterBuilder(CALLS)
			.setDescription("Number of ended spans, counted whether sampled or not.")
			.build();
	}

	void record(long latencyNanos, Attributes attributes, Context context) {
		this.calls.add(1, attributes, context);
		this.duration.record(latencyNanos / NANOS_PER_SECOND, attributes, context);
	}

}
