package dev.otelspring.autoconfigure.jdbc;

import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;

/**
 * A span builder that sanitizes the query text it is given and completes the statement's
 * attributes ({@link QueryAttributes}), and whose span is a {@link RedactingSpan redacting} one.
 */
final class RedactingSpanBuilder implements SpanBuilder {

	// Not final: whatever the delegate returns is the builder to go on with.
	private SpanBuilder delegate;

	RedactingSpanBuilder(SpanBuilder delegate) {
		this.delegate = delegate;
	}

	@Override
	public SpanBuilder setAllAttributes(Attributes attributes) {
		this.delegate = this.delegate.setAllAttributes(attributes);
		if (attributes != null) {
			QueryAttributes.complete(attributes, this.delegate);
		}
		return this;
	}

	@Override
	public SpanBuilder setAttribute(String key, String value) {
		this.delegate = this.delegate.setAttribute(key, QueryAttributes.sanitize(key, value));
		return this;
	}

	@Override
	public <T> SpanBuilder setAttribute(AttributeKey<T> key, T value) {
		this.delegate = this.delegate.setAttribute(key, QueryAttributes.sanitize(key, value));
		return this;
	}

	@Override
	public SpanBuilder setAttribute(String key, long value) {
		this.delegate = this.delegate.setAttribute(key, value);
		return this;
	}

	@Override
	public SpanBuilder setAttribute(String key, double value) {
		this.delegate = this.delegate.setAttribute(key, value);
		return this;
	}

	@Override
	public SpanBuilder setAttribute(String key, boolean value) {
		this.delegate = this.delegate.setAttribute(key, value);
		return this;
	}

	@Override
	public SpanBuilder setParent(Context context) {
		this.delegate = this.delegate.setParent(context);
		return this;
	}

	@Override
	public SpanBuilder setNoParent() {
		this.delegate = this.delegate.setNoParent();
		return this;
	}

	@Override
	public SpanBuilder addLink(SpanContext spanContext) {
		this.delegate = this.delegate.addLink(spanContext);
		return this;
	}

	@Override
	public SpanBuilder addLink(SpanContext spanContext, Attributes attributes) {
		this.delegate = this.delegate.addLink(spanContext, attributes);
		return this;
	}

	@Override
	public SpanBuilder setSpanKind(SpanKind spanKind) {
		this.delegate = this.delegate.setSpanKind(spanKind);
		return this;
	}

	@Override
	public SpanBuilder setStartTimestamp(long startTimestamp, TimeUnit unit) {
		this.delegate = this.delegate.setStartTimestamp(startTimestamp, unit);
		return this;
	}

	@Override
	public Span startSpan() {
		return new RedactingSpan(this.delegate.startSpan());
	}

}
