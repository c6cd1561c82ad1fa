package dev.otelspring.autoconfigure.pipeline;

import java.time.Duration;

import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Puts the observation points into the pipelines that {@code otel.*} builds: every exporter is
 * counted, the batch processors' queues are kept in books, span exports lose data store messages,
 * log records are made safe, and shutdown is bounded ({@link ExportDeadline}).
 * <p>
 * Only the processor that feeds a counting exporter directly is observed: with several batched
 * exporters for one signal, the SDK hands the processor a composite, and the queue could no longer
 * be told apart from what each exporter received. The counts still are.
 */
final class PipelineCustomizer implements AutoConfigurationCustomizerProvider {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final PipelineStatistics statistics;

	private final ExportDeadline deadline = new ExportDeadline();

	PipelineCustomizer(PipelineStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public void customize(AutoConfigurationCustomizer sdk) {
		sdk.addResourceCustomizer((resource, config) -> {
			this.statistics.resource(resource);
			return resource;
		});
		sdk.addSpanExporterCustomizer(this::countSpans).addSpanProcessorCustomizer(this::observeSpans);
		sdk.addLogRecordExporterCustomizer(this::countLogs).addLogRecordProcessorCustomizer(this::observeLogs);
		sdk.addMetricExporterCustomizer(this::countMetrics);
	}

	private SpanExporter countSpans(SpanExporter exporter, ConfigProperties config) {
		CountingSpanExporter counting = new CountingSpanExporter(new RedactingSpanExporter(exporter),
				new ExportCounter(this.statistics.traces()));
		this.deadline.register(timeout(config, "traces"), counting::shutdown);
		return counting;
	}

	private SpanProcessor observeSpans(SpanProcessor processor, ConfigProperties config) {
		SignalStatistics traces = this.statistics.traces();
		if (processor instanceof BatchSpanProcessor batch
				&& batch.getSpanExporter() instanceof CountingSpanExporter counting && !traces.isQueueObserved()) {
			traces.observeQueue(config.getInt("otel.bsp.max.queue.size", 2048));
			counting.counter().drainQueue();
			return new BoundedSpanProcessor(processor, traces, this.deadline);
		}
		return processor;
	}

	private LogRecordExporter countLogs(LogRecordExporter exporter, ConfigProperties config) {
		CountingLogRecordExporter counting = new CountingLogRecordExporter(exporter,
				new ExportCounter(this.statistics.logs()));
		this.deadline.register(timeout(config, "logs"), counting::shutdown);
		return counting;
	}

	private LogRecordProcessor observeLogs(LogRecordProcessor processor, ConfigProperties config) {
		SignalStatistics logs = this.statistics.logs();
		LogRecordProcessor sanitizing = new SanitizingLogRecordProcessor(processor,
				config.getInt("otel.attribute.value.length.limit", Integer.MAX_VALUE));
		if (processor instanceof BatchLogRecordProcessor batch
				&& batch.getLogRecordExporter() instanceof CountingLogRecordExporter counting
				&& !logs.isQueueObserved()) {
			logs.observeQueue(config.getInt("otel.blrp.max.queue.size", 2048));
			counting.counter().drainQueue();
			return new BoundedLogRecordProcessor(sanitizing, logs, this.deadline);
		}
		return sanitizing;
	}

	private MetricExporter countMetrics(MetricExporter exporter, ConfigProperties config) {
		CountingMetricExporter counting = new CountingMetricExporter(exporter,
				new ExportCounter(this.statistics.metrics()));
		this.deadline.register(timeout(config, "metrics"), counting::shutdown);
		return counting;
	}

	private static Duration timeout(ConfigProperties config, String signal) {
		Duration general = config.getDuration("otel.exporter.otlp.timeout", DEFAULT_TIMEOUT);
		return config.getDuration("otel.exporter.otlp." + signal + ".timeout", general);
	}

}
