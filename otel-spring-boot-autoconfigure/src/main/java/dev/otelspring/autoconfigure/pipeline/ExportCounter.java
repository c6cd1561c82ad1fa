package dev.otelspring.autoconfigure.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.opentelemetry.sdk.common.CompletableResultCode;

/**
 * The bookkeeping shared by the counting exporters of the three signals: the outcome of each
 * export, the items leaving the queue, and a shutdown that runs once, whether the SDK or the
 * {@link ExportDeadline} asks first.
 */
final class ExportCounter {

	private final SignalStatistics statistics;

	private final AtomicBoolean shutdown = new AtomicBoolean();

	private volatile boolean drainsQueue;

	ExportCounter(SignalStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * Makes this exporter the one whose exports take items out of the observed queue: the one
	 * the batch processor hands its batches to. Only one per signal, so nothing counts twice.
	 */
	void drainQueue() {
		this.drainsQueue = true;
	}

	CompletableResultCode export(int items, Supplier<CompletableResultCode> export) {
		if (this.drainsQueue) {
			this.statistics.dequeued(items);
		}
		CompletableResultCode result;
		try {
			result = export.get();
		}
		catch (RuntimeException ex) {
			this.statistics.exportFailed(items, ex);
			throw ex;
		}
		result.whenComplete(() -> {
			if (result.isSuccess()) {
				this.statistics.exportSucceeded(items);
			}
			else {
				this.statistics.exportFailed(items, result.getFailureThrowable());
			}
		});
		return result;
	}

	CompletableResultCode shutdown(Supplier<CompletableResultCode> shutdown) {
		return this.shutdown.compareAndSet(false, true) ? shutdown.get() : CompletableResultCode.ofSuccess();
	}

}
