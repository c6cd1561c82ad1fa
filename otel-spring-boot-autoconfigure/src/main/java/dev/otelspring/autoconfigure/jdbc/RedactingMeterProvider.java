package dev.otelspring.autoconfigure.jdbc;

import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.metrics.MeterProvider;

/**
 * A meter provider whose meters are {@link RedactingMeter redacting} ones.
 */
final class RedactingMeterProvider implements MeterProvider {

	private final MeterProvider delegate;

	RedactingMeterProvider(MeterProvider delegate) {
		this.delegate = delegate;
	}

	@Override
	public Meter get(String instrumentationScopeName) {
		return new RedactingMeter(this.delegate.get(instrumentationScopeName));
	}

	@Override
	public MeterBuilder meterBuilder(String instrumentationScopeName) {
		return new Builder(this.delegate.meterBuilder(instrumentationScopeName));
	}

	/** A meter builder whose meter is a redacting one. */
	static final class Builder implements MeterBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private MeterBuilder delegate;

		Builder(MeterBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public MeterBuilder setSchemaUrl(String schemaUrl) {
			this.delegate = this.delegate.setSchemaUrl(schemaUrl);
			return this;
		}

		@Override
		public MeterBuilder setInstrumentationVersion(String instrumentationScopeVersion) {
			this.delegate = this.delegate.setInstrumentationVersion(instrumentationScopeVersion);
			return this;
		}

		@Override
		public Meter build() {
			return new RedactingMeter(this.delegate.build());
		}

	}

}
