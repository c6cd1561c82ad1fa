package dev.otelspring.autoconfigure.actuate;

import dev.otelspring.autoconfigure.pipeline.ExportFailure;
import dev.otelspring.autoconfigure.pipeline.SignalStatistics;
import org.jspecify.annotations.Nullable;

/**
 * One signal's export figures as the endpoint and the health contributor show them.
 *
 * @param exporter the configured exporters ({@code otel.traces.exporter}, ...)
 * @param state {@code idle} before the first export, {@code exporting} while exports succeed,
 * {@code failing} once the last one failed
 * @param exported items the exporters accepted
 * @param dropped items dropped because the queue was full
 * @param failed items of failed exports
 * @param failedExports failed export calls
 * @param lastError the last failure, secrets removed, or null
 * @param lastErrorTime when it happened (ISO-8601), or null
 * @param queueSize items waiting for export, or null for a signal without an observed queue
 * @param queueCapacity the queue's capacity, or null likewise
 */
public record ExporterFigures(String exporter, String state, long exported, long dropped, long failed,
		long failedExports, @Nullable String lastError, @Nullable String lastErrorTime, @Nullable Long queueSize,
		@Nullable Integer queueCapacity) {

	static ExporterFigures of(SignalStatistics statistics, String exporter) {
		ExportFailure failure = statistics.lastFailure();
		String state = statistics.isFailing() ? "failing" : (statistics.lastSuccess() != null) ? "exporting" : "idle";
		return new ExporterFigures(exporter, state, statistics.exported(), statistics.dropped(), statistics.failed(),
				statistics.failedExports(), (failure != null) ? failure.message() : null,
				(failure != null) ? failure.time().toString() : null, statistics.queueSize(),
				statistics.queueCapacity());
	}

}
