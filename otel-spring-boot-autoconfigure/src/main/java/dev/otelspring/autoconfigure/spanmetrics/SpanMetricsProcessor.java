package dev.otelspring.autoconfigure.spanmetrics;

import java.util.Set;
import java.util.function.Function;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.jspecify.annotations.Nullable;

/**
 * Records the span metrics of every ended span, sampled or not, into its {@link SeriesTable}.
 * <p>
 * This runs on the thread that ends the span, for every span. In steady state it allocates
 * nothing: the series is found again in the table, {@code toSpanData()} on an ended span shares
 * the span's own attributes and does not escape, and an exemplar is taken at most once per bucket
 * and collection. Figures in {@code benchmarks/RESULTS.md}.
 */
final class SpanMetricsProcessor implements SpanProcessor {

	private final Set<SpanKind> excludedKinds;

	private final Function<Resource, SeriesTable> tableFactory;

	/** Per resource, since service.name is a label; a tracer provider has only one. */
	private volatile ResourceSeries series = new ResourceSeries(null, null);

	SpanMetricsProcessor(Set<SpanKind> excludedKinds, Function<Resource, SeriesTable> tableFactory) {
		this.excludedKinds = excludedKinds;
		this.tableFactory = tableFactory;
	}

	@Override
	public void onStart(Context parentContext, ReadWriteSpan span) {
	}

	@Override
	public boolean isStartRequired() {
		return false;
	}

	@Override
	public void onEnd(ReadableSpan span) {
		if (this.excludedKinds.contains(span.getKind())) {
			return;
		}
		// The status is on SpanData only; an ended span hands out its own attributes, no copy.
		// Everything else is read from it too: each getter of the span takes the span's lock.
		SpanData data = span.toSpanData();
		SpanMetricsSeries series = tableOf(data.getResource()).get(data.getName(), data.getKind(),
				data.getStatus().getStatusCode(), data.getAttributes());
		if (series != null) {
			// Only a sampled span was exported, so only it may become an exemplar.
			SpanContext context = span.getSpanContext();
			long end = data.getEndEpochNanos();
			series.record(end - data.getStartEpochNanos(), context.isSampled() ? context : null, end);
		}
	}

	@Override
	public boolean isEndRequired() {
		return true;
	}

	/** The table of the spans ended so far, or {@code null} before the first one. */
	@Nullable SeriesTable table() {
		return this.series.table();
	}

	private SeriesTable tableOf(Resource resource) {
		ResourceSeries current = this.series;
		if (current.resource() != resource) {
			current = new ResourceSeries(resource, this.tableFactory.apply(resource));
			this.series = current;
		}
		return current.table();
	}

	private record ResourceSeries(@Nullable Resource resource, @Nullable SeriesTable table) {
	}

}
