package dev.otelspring.autoconfigure.pipeline;

import java.util.List;

import io.opentelemetry.sdk.resources.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the SDK's export pipelines, one per signal, and the resource the SDK was built
 * with: what the {@code otel} actuator endpoint, health contributor and meters show.
 * <p>
 * Filled in by {@link PipelineCustomizer} as the SDK is built, so it is exact from the first
 * span on. A signal whose pipeline is the user's own (a processor or exporter bean) keeps zeros.
 */
public final class PipelineStatistics {

	private final SignalStatistics traces = new SignalStatistics("traces");

	private final SignalStatistics metrics = new SignalStatistics("metrics");

	private final SignalStatistics logs = new SignalStatistics("logs");

	private volatile @Nullable Resource resource;

	public SignalStatistics traces() {
		return this.traces;
	}

	public SignalStatistics metrics() {
		return this.metrics;
	}

	public SignalStatistics logs() {
		return this.logs;
	}

	/** The three signals, in the order traces, metrics, logs. */
	public List<SignalStatistics> signals() {
		return List.of(this.traces, this.metrics, this.logs);
	}

	/** The SDK's resource, or null before the SDK is built. */
	public @Nullable Resource resource() {
		return this.resource;
	}

	void resource(Resource resource) {
		this.resource = resource;
	}

}
