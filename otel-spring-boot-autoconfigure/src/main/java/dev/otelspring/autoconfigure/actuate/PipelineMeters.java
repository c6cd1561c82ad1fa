package dev.otelspring.autoconfigure.actuate;

import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import dev.otelspring.autoconfigure.pipeline.SignalStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The export figures as Micrometer meters, to scrape and alert on: for spans, metrics and logs,
 * {@code otel.exporter.<items>.exported}, {@code .dropped}, {@code .failed} (items) and
 * {@code .export.failures} (calls), plus the queue's size and capacity where there is a queue.
 * In Prometheus: {@code otel_exporter_spans_dropped_total}, {@code otel_exporter_logs_queue_size}.
 * <p>
 * Function meters read the counters at scrape time, so exporting costs nothing more.
 */
final class PipelineMeters implements MeterBinder {

	private static final Map<String, String> ITEMS = Map.of("traces", "spans", "metrics", "metrics", "logs", "logs");

	private final PipelineStatistics statistics;

	PipelineMeters(PipelineStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (SignalStatistics signal : this.statistics.signals()) {
			String prefix = "otel.exporter." + ITEMS.get(signal.signal()) + ".";
			counter(registry, prefix + "exported", signal, SignalStatistics::exported, "Items the exporter accepted");
			counter(registry, prefix + "dropped", signal, SignalStatistics::dropped,
					"Items dropped because the export queue was full");
			counter(registry, prefix + "failed", signal, SignalStatistics::failed, "Items of failed exports");
			counter(registry, prefix + "export.failures", signal, SignalStatistics::failedExports,
					"Export calls that failed");
			if (!"metrics".equals(signal.signal())) {
				gauge(registry, prefix + "queue.size", signal, (s) -> orNaN(s.queueSize()),
						"Items waiting in the export queue");
				gauge(registry, prefix + "queue.capacity", signal, (s) -> orNaN(s.queueCapacity()),
						"Capacity of the export queue");
			}
		}
	}

	private static void counter(MeterRegistry registry, String name, SignalStatistics signal,
			ToDoubleFunction<SignalStatistics> value, String description) {
		FunctionCounter.builder(name, signal, value).description(description).register(registry);
	}

	private static void gauge(MeterRegistry registry, String name, SignalStatistics signal,
			ToDoubleFunction<SignalStatistics> value, String description) {
		Gauge.builder(name, signal, value).description(description).register(registry);
	}

	// NaN, Micrometer's "no value": the queue is not observed (the user's own pipeline).
	private static double orNaN(Number value) {
		return (value != null) ? value.doubleValue() : Double.NaN;
	}

}
