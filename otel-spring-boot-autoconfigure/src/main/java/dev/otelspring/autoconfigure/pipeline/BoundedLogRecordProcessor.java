package dev.otelspring.autoconfigure.pipeline;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.ReadWriteLogRecord;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;

/**
 * Stands in front of the SDK's {@link BatchLogRecordProcessor} and keeps its queue's books,
 * applying the bound itself, as {@link BoundedSpanProcessor} does for spans, and for the same
 * reasons.
 */
final class BoundedLogRecordProcessor implements LogRecordProcessor {

	private final LogRecordProcessor delegate;

	private final SignalStatistics statistics;

	private final ExportDeadline deadline;

	BoundedLogRecordProcessor(LogRecordProcessor delegate, SignalStatistics statistics, ExportDeadline deadline) {
		this.delegate = delegate;
		this.statistics = statistics;
		this.deadline = deadline;
	}

	@Override
	public void onEmit(Context context, ReadWriteLogRecord logRecord) {
		if (this.statistics.enqueue()) {
			this.delegate.onEmit(context, logRecord);
		}
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
		return "BoundedLogRecordProcessor{" + this.delegate + "}";
	}

}
