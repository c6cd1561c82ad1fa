package dev.otelspring.autoconfigure.pipeline;

import java.util.Collection;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;

/**
 * A log record exporter that counts what it exported and what failed, for
 * {@link PipelineStatistics}.
 */
final class CountingLogRecordExporter implements LogRecordExporter {

	private final LogRecordExporter delegate;

	private final ExportCounter counter;

	CountingLogRecordExporter(LogRecordExporter delegate, ExportCounter counter) {
		this.delegate = delegate;
		this.counter = counter;
	}

	ExportCounter counter() {
		return this.counter;
	}

	@Override
	public CompletableResultCode export(Collection<LogRecordData> logs) {
		return this.counter.export(logs.size(), () -> this.delegate.export(logs));
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
		return "CountingLogRecordExporter{" + this.delegate + "}";
	}

}
