package dev.otelspring.autoconfigure.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds the SDK's shutdown by the export timeout, even when the backend never answers.
 * <p>
 * Why: on close, a batch processor flushes its whole queue, one batch after the other, and each
 * export may take the whole {@code otel.exporter.otlp.timeout}. Against a black-holed collector,
 * a full queue of 2048 spans in batches of 512 takes four timeouts, and the metrics reader and
 * the log processor, shut down after the tracer provider, wait their turn. So once the SDK starts
 * shutting down, each exporter gets its timeout to finish; then it is shut down, which cancels its
 * request in flight, and each later export fails at once and is counted as failed.
 */
final class ExportDeadline {

	private final List<Deadline> deadlines = new CopyOnWriteArrayList<>();

	private final AtomicBoolean started = new AtomicBoolean();

	void register(Duration timeout, Runnable shutdown) {
		this.deadlines.add(new Deadline(timeout, shutdown));
	}

	/** Starts every exporter's clock; called by each processor and reader as it shuts down. */
	void start() {
		if (this.started.compareAndSet(false, true)) {
			for (Deadline deadline : this.deadlines) {
				CompletableFuture.delayedExecutor(deadline.timeout().toMillis(), TimeUnit.MILLISECONDS)
					.execute(deadline.shutdown());
			}
		}
	}

	private record Deadline(Duration timeout, Runnable shutdown) {
	}

}
