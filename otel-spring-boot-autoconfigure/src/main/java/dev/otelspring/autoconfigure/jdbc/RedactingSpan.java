package dev.otelspring.autoconfigure.jdbc;

import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;

/**
 * A statement's span: a query text set on it is sanitized, an exception is recorded without its
 * messages ({@link RedactedException}), and a status without its description, which may quote
 * one.
 * <p>
 * {@code storeInContext} and {@code makeCurrent} are the interface's own, so that the context holds
 * this span: the library ends the span it finds there.
 */
final class RedactingSpan implements Span {

	private static final String EXCEPTION_EVENT = "exception";

	private final Span delegate;

	RedactingSpan(Span delegate) {
		this.delegate = delegate;
	}

	@Override
	public <T> Span setAttribute(AttributeKey<T> key, T value) {
		this.delegate.setAttribute(key, QueryAttributes.sanitize(key, value));
		return this;
	}

	@Override
	public Span setAllAttributes(Attributes attributes) {
		this.delegate.setAllAttributes(attributes);
		if (attributes != null) {
			QueryAttributes.complete(attributes, this.delegate);
		}
		return this;
	}

	@Override
	public Span recordException(Throwable exception, Attributes additionalAttributes) {
		Attributes event = RedactedException.attributes(exception);
		if (additionalAttributes != null && !additionalAttributes.isEmpty()) {
			event = event.toBuilder().putAll(additionalAttributes).build();
		}
		this.delegate.addEvent(EXCEPTION_EVENT, event);
		return this;
	}

	@Override
	public Span setStatus(StatusCode statusCode, String description) {
		this.delegate.setStatus(statusCode);
		return this;
	}

	@Override
	public Span addEvent(String name, Attributes attributes) {
		this.delegate.addEvent(name, attributes);
		return this;
	}

	@Override
	public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
		this.delegate.addEvent(name, attributes, timestamp, unit);
		return this;
	}

	@Override
	public Span addLink(SpanContext spanContext) {
		this.delegate.addLink(spanContext);
		return this;
	}

	@Override
	public Span addLink(SpanContext spanContext, Attributes attributes) {
		this.delegate.addLink(spanContext, attributes);
		return this;
	}

	@Override
	public Span updateName(String name) {
		this.delegate.updateName(name);
		return this;
	}

	@Override
	public void end() {
		this.delegate.end();
	}

	@Override
	public void end(long timestamp, TimeUnit unit) {
		this.delegate.end(timestamp, unit);
	}

	@Override
	public SpanContext getSpanContext() {
		return this.delegate.getSpanContext();
	}

	@Override
	public boolean isRecording() {
		return this.delegate.isRecording();
	}

	@Override
	public String toString() {
		return "RedactingSpan{" + this.delegate + "}";
	}

}
