package dev.otelspring.autoconfigure.pipeline;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;

/**
 * Stands in front of the SDK's {@link BatchSpanProcessor} and keeps its queue's books: a span
 * enters when it ends sampled, and leaves when the processor hands it to the exporter.
 * <p>
 * Why count here rather than read the processor's queue: the SDK exposes neither its queue nor
 * its drop count, except as meters of its own meter provider, which is silent without a reader.
 * So this processor applies the bound itself, with the same capacity: a span beyond it is
 * dropped and counted here, and the SDK's queue never fills. Two atomic additions per span make
 * the figures exact, and the bound now covers the batch being assembled too, so the spans held in
 * memory never exceed {@code otel.bsp.max.queue.size}.
 */
final class BoundedSpanProcessor implements SpanProcessor {

	private final SpanProcessor delegate;

	private final SignalStatistics statistics;

	private final ExportDeadline deadline;

	BoundedSpanProcessor(SpanProcessor delegate, SignalStatistics statistics, ExportDeadline deadline) {
		this.delegate = delegate;
		this.statistics = statistics;
		this.deadline = deadline;
	}

	@Override
	public void onStart(Context parentContext, ReadWriteSpan span) {
		this.delegate.onStart(parentContext, span);
	}

	@Override
	public boolean isStartRequired() {
		return this.delegate.isStartRequired();
	}

	@Override
	public void onEnd(ReadableSpan span) {
		// The batch processor ignores unsampled spans (the span metrics' RECORD_ONLY ones).
		if (span.getSpanContext().isSampled() && !this.statistics.enqueue()) {
			return;
		}
		this.delegate.onEnd(span);
	}

	@Override
	public boolean isEndRequired() {
		return this.delegate.isEndRequired();
	}

	@Override
	public CompletableResultCode forceFlush() {
		return this.delegate.forceFlush();
	}

	@Override
	public CompletableResultCode shutdown() {
		this.deadline.start();
		return this.delegate.shutdown();
	}

	@Override
	public String toString() {
		return "BoundedSpanProcessor{" + this.delegate + "}";
	}

}
