package dev.otelspring.autoconfigure.jdbc;

import io.opentelemetry.api.metrics.BatchCallback;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableMeasurement;

/**
 * A meter whose synchronous instruments sanitize the query text of what they record: every kind
 * of them, although the library has only a histogram, since its next version may add one.
 */
final class RedactingMeter implements Meter {

	private final Meter delegate;

	RedactingMeter(Meter delegate) {
		this.delegate = delegate;
	}

	@Override
	public LongCounterBuilder counterBuilder(String name) {
		return new RedactingCounters.LongBuilder(this.delegate.counterBuilder(name));
	}

	@Override
	public LongUpDownCounterBuilder upDownCounterBuilder(String name) {
		return new RedactingUpDownCounters.LongBuilder(this.delegate.upDownCounterBuilder(name));
	}

	@Override
	public DoubleHistogramBuilder histogramBuilder(String name) {
		return new RedactingHistograms.DoubleBuilder(this.delegate.histogramBuilder(name));
	}

	@Override
	public DoubleGaugeBuilder gaugeBuilder(String name) {
		return new RedactingGauges.DoubleBuilder(this.delegate.gaugeBuilder(name));
	}

	// The SDK accepts only its own measurements here, so they cannot be wrapped.
	@Override
	public BatchCallback batchCallback(Runnable callback, ObservableMeasurement observableMeasurement,
			ObservableMeasurement... additionalMeasurements) {
		return this.delegate.batchCallback(callback, observableMeasurement, additionalMeasurements);
	}

}
