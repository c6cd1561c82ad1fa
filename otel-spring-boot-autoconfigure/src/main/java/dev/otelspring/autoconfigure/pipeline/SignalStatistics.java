package dev.otelspring.autoconfigure.pipeline;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * What one signal's export pipeline has done since startup: items exported, items that failed to
 * export, items dropped because the queue was full, the queue itself, and the last failure.
 * <p>
 * Written on hot paths (every ended span, every log record), so counters are {@link LongAdder}s
 * and nothing is allocated per item: only per export, for its outcome's time.
 */
public final class SignalStatistics {

	private final String signal;

	private final LongAdder exported = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private final LongAdder failedExports = new LongAdder();

	private final LongAdder dropped = new LongAdder();

	private final AtomicLong queued = new AtomicLong();

	private volatile int queueCapacity = -1;

	private volatile @Nullable ExportFailure lastFailure;

	private volatile @Nullable Instant lastSuccess;

	SignalStatistics(String signal) {
		this.signal = signal;
	}

	/** The signal: {@code traces}, {@code metrics} or {@code logs}. */
	public String signal() {
		return this.signal;
	}

	/** Items (spans, metrics, log records) that an exporter accepted. */
	public long exported() {
		return this.exported.sum();
	}

	/** Items of exports that failed, after the exporter's own retries. */
	public long failed() {
		return this.failed.sum();
	}

	/** Export calls that failed. */
	public long failedExports() {
		return this.failedExports.sum();
	}

	/** Items dropped because the queue was full; 0 for a signal without a queue. */
	public long dropped() {
		return this.dropped.sum();
	}

	/** Items waiting for export, or null when this signal's queue is not observed. */
	public @Nullable Long queueSize() {
		return (this.queueCapacity < 0) ? null : this.queued.get();
	}

	/** The queue's capacity ({@code otel.bsp.max.queue.size}, ...), or null when not observed. */
	public @Nullable Integer queueCapacity() {
		return (this.queueCapacity < 0) ? null : this.queueCapacity;
	}

	/** The last failed export, or null when none failed. */
	public @Nullable ExportFailure lastFailure() {
		return this.lastFailure;
	}

	/** When an export last succeeded, or null when none did. */
	public @Nullable Instant lastSuccess() {
		return this.lastSuccess;
	}

	/**
	 * Whether the last export failed: the backend is unreachable or refusing, and items are
	 * being lost until it recovers.
	 */
	public boolean isFailing() {
		ExportFailure failure = this.lastFailure;
		Instant success = this.lastSuccess;
		return failure != null && (success == null || failure.time().isAfter(success));
	}

	void observeQueue(int capacity) {
		this.queueCapacity = capacity;
	}

	boolean isQueueObserved() {
		return this.queueCapacity >= 0;
	}

	/**
	 * Takes one item into the queue, unless it is full.
	 * @return whether the item may be queued; if not, it was counted as dropped
	 */
	boolean enqueue() {
		// Compare-and-set, so that the count never passes the capacity, not even for an instant.
		long queued;
		do {
			queued = this.queued.get();
			if (queued >= this.queueCapacity) {
				this.dropped.increment();
				return false;
			}
		}
		while (!this.queued.compareAndSet(queued, queued + 1));
		return true;
	}

	void dequeued(int count) {
		this.queued.addAndGet(-count);
	}

	void exportSucceeded(int count) {
		this.exported.add(count);
		this.lastSuccess = Instant.now();
	}

	void exportFailed(int count, @Nullable Throwable failure) {
		this.failed.add(count);
		this.failedExports.increment();
		this.lastFailure = new ExportFailure(ExportFailure.describe(failure), Instant.now());
	}

}
