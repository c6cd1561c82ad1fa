package dev.otelspring.autoconfigure.jdbc;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;

/**
 * A tracer whose span builders are {@link RedactingSpanBuilder redacting} ones.
 */
final class RedactingTracer implements Tracer {

	private final Tracer delegate;

	RedactingTracer(Tracer delegate) {
		this.delegate = delegate;
	}

	@Override
	public SpanBuilder spanBuilder(String spanName) {
		return new RedactingSpanBuilder(this.delegate.spanBuilder(spanName));
	}

	@Override
	public boolean isEnabled() {
		return this.delegate.isEnabled();
	}

}
