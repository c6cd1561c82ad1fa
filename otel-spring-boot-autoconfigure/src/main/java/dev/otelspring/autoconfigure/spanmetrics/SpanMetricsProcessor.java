package dev.otelspring.autoconfigure.spanmetrics;

import java.util.Set;
import java.util.function.Function;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Records the span metrics of every ended span, sampled or not.
 * <p>
 * This runs on the thread that ends the span, for every span. In steady state it allocates
 * nothing for an unsampled span: the series' attributes are found again in
 * {@link SeriesAttributes}, and {@code toSpanData()} on an ended span shares the span's own
 * attributes. A sampled span costs one small {@link Context}, the only way the SDK's API takes
 * the span for an exemplar. Figures in {@code benchmarks/RESULTS.md}.
 */
final class SpanMetricsProcessor implements SpanProcessor {

	private final SpanMetricsInstruments instruments;

	private final Set<SpanKind> excludedKinds;

	private final Function<Resource, SeriesAttributes> seriesFactory;

	/** Per resource, since service.name is a label; a tracer provider has only one. */
	private volatile ResourceSeries series = new ResourceSeries(null, null);

	SpanMetricsProcessor(SpanMetricsInstruments instruments, Set<SpanKind> excludedKinds,
			Function<Resource, SeriesAttributes> seriesFactory) {
		this.instruments = instruments;
		this.excludedKinds = excludedKinds;
		this.seriesFactory = seriesFactory;
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
		SpanData data = span.toSpanData();
		Attributes attributes = seriesOf(data.getResource()).get(data.getName(), data.getKind(),
				data.getStatus().getStatusCode(), data.getAttributes());
		if (attributes != SeriesAttributes.EXCLUDED) {
			this.instruments.record(span.getLatencyNanos(), attributes, exemplarContext(span));
		}
	}

	@Override
	public boolean isEndRequired() {
		return true;
	}

	private SeriesAttributes seriesOf(Resource resource) {
		ResourceSeries current = this.series;
		if (current.resource() != resource) {
			current = new ResourceSeries(resource, this.seriesFactory.apply(resource));
			this.series = current;
		}
		return current.attributes();
	}

	/**
	 * The SDK's default exemplar filter (trace_based) takes an exemplar only from a measurement
	 * whose context holds a sampled span. Handing it the span only when sampled makes sure that
	 * no exemplar ever names a trace that was not exported, whatever filter is configured.
	 */
	private static Context exemplarContext(ReadableSpan span) {
		SpanContext spanContext = span.getSpanContext();
		if (!spanContext.isSampled()) {
			return Context.root();
		}
		return Context.root().with((span instanceof Span current) ? current : Span.wrap(spanContext));
	}

	private record ResourceSeries(Resource resource, SeriesAttributes attributes) {
	}

}
