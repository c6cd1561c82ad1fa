package dev.otelspring.autoconfigure.pipeline;

import java.util.Collection;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A span exporter that counts what it exported and what failed, for {@link PipelineStatistics}.
 */
final class CountingSpanExporter implements SpanExporter {

	private final SpanExporter delegate;

	private final ExportCounter counter;

	CountingSpanExporter(SpanExporter delegate, ExportCounter counter) {
		this.delegate = delegate;
		this.counter = counter;
	}

	ExportCounter counter() {
		return this.counter;
	}

	@Override
	public CompletableResultCode export(Collection<SpanData> spans) {
		return this.counter.export(spans.size(), () -> this.delegate.export(spans));
	}

	@Override
	public CompletableResultCode flush() {
		return this.delegate.flush();
	}

	@Override
	public CompletableResultCode shutdown() {
		return this.counter.shutdown(this.delegate::shutdown);
	}

	@Override
	public String toString() {
		return "CountingSpanExporter{" + this.delegate + "}";
	}

}
