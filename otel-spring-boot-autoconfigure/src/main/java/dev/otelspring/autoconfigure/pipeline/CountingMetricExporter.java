package dev.otelspring.autoconfigure.pipeline;

import java.util.Collection;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;

/**
 * A metric exporter that counts the metrics it exported and those that failed, for
 * {@link PipelineStatistics}. The reader asks its exporter how to aggregate, so every such
 * question is passed on unchanged.
 */
final class CountingMetricExporter implements MetricExporter {

	private final MetricExporter delegate;

	private final ExportCounter counter;

	CountingMetricExporter(MetricExporter delegate, ExportCounter counter) {
		this.delegate = delegate;
		this.counter = counter;
	}

	@Override
	public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
		return this.delegate.getAggregationTemporality(instrumentType);
	}

	@Override
	public Aggregation getDefaultAggregation(InstrumentType instrumentType) {
		return this.delegate.getDefaultAggregation(instrumentType);
	}

	@Override
	public MemoryMode getMemoryMode() {
		return this.delegate.getMemoryMode();
	}

	@Override
	public CompletableResultCode export(Collection<MetricData> metrics) {
		return this.counter.export(metrics.size(), () -> this.delegate.export(metrics));
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
		return "CountingMetricExporter{" + this.delegate + "}";
	}

}
