package dev.otelspring.autoconfigure.jdbc;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * A tracer provider whose tracers are {@link RedactingTracer redacting} ones.
 */
final class RedactingTracerProvider implements TracerProvider {

	private final TracerProvider delegate;

	RedactingTracerProvider(TracerProvider delegate) {
		this.delegate = delegate;
	}

	@Override
	public Tracer get(String instrumentationScopeName) {
		return new RedactingTracer(this.delegate.get(instrumentationScopeName));
	}

	@Override
	public Tracer get(String instrumentationScopeName, String instrumentationScopeVersion) {
		return new RedactingTracer(this.delegate.get(instrumentationScopeName, instrumentationScopeVersion));
	}

	@Override
	public TracerBuilder tracerBuilder(String instrumentationScopeName) {
		return new Builder(this.delegate.tracerBuilder(instrumentationScopeName));
	}

	/** A tracer builder whose tracer is a redacting one. */
	static final class Builder implements TracerBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private TracerBuilder delegate;

		Builder(TracerBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public TracerBuilder setSchemaUrl(String schemaUrl) {
			this.delegate = this.delegate.setSchemaUrl(schemaUrl);
			return this;
		}

		@Override
		public TracerBuilder setInstrumentationVersion(String instrumentationScopeVersion) {
			this.delegate = this.delegate.setInstrumentationVersion(instrumentationScopeVersion);
			return this;
		}

		@Override
		public Tracer build() {
			return new RedactingTracer(this.delegate.build());
		}

	}

}
