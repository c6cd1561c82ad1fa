package dev.otelspring.autoconfigure.pipeline;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.logs.ReadWriteLogRecord;
import io.opentelemetry.sdk.logs.data.Body;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.resources.Resource;
import org.jspecify.annotations.Nullable;

/**
 * A copy of a log record with another body: a truncated or redacted one.
 * <p>
 * A copy, not a view, because the batch processor queues the record itself: a view would keep the
 * original body, the very one that was too large or too revealing, in memory until export.
 */
final class SanitizedLogRecord implements ReadWriteLogRecord {

	private volatile Data data;

	private SanitizedLogRecord(Data data) {
		this.data = data;
	}

	static SanitizedLogRecord withBody(ReadWriteLogRecord original, String body) {
		LogRecordData source = original.toLogRecordData();
		return new SanitizedLogRecord(new Data(source.getResource(), source.getInstrumentationScopeInfo(),
				source.getTimestampEpochNanos(), source.getObservedTimestampEpochNanos(), source.getSpanContext(),
				source.getSeverity(), source.getSeverityText(), body, source.getAttributes(),
				source.getTotalAttributeCount(), source.getEventName()));
	}

	@Override
	public <T> ReadWriteLogRecord setAttribute(AttributeKey<T> key, T value) {
		Data current = this.data;
		Attributes attributes = current.attributes().toBuilder().put(key, value).build();
		this.data = new Data(current.resource(), current.scope(), current.timestamp(), current.observedTimestamp(),
				current.spanContext(), current.severity(), current.severityText(), current.body(), attributes,
				Math.max(current.totalAttributeCount(), attributes.size()), current.eventName());
		return this;
	}

	@Override
	public LogRecordData toLogRecordData() {
		return this.data;
	}

	@Override
	public <T> @Nullable T getAttribute(AttributeKey<T> key) {
		return this.data.attributes().get(key);
	}

	@Override
	public InstrumentationScopeInfo getInstrumentationScopeInfo() {
		return this.data.scope();
	}

	@Override
	public Value<?> getBodyValue() {
		return this.data.getBodyValue();
	}

	@Override
	public Attributes getAttributes() {
		return this.data.attributes();
	}

	private record Data(Resource resource, InstrumentationScopeInfo scope, long timestamp, long observedTimestamp,
			SpanContext spanContext, Severity severity, @Nullable String severityText, String body,
			Attributes attributes, int totalAttributeCount, @Nullable String eventName) implements LogRecordData {

		@Override
		public Resource getResource() {
			return this.resource;
		}

		@Override
		public InstrumentationScopeInfo getInstrumentationScopeInfo() {
			return this.scope;
		}

		@Override
		public long getTimestampEpochNanos() {
			return this.timestamp;
		}

		@Override
		public long getObservedTimestampEpochNanos() {
			return this.observedTimestamp;
		}

		@Override
		public SpanContext getSpanContext() {
			return this.spanContext;
		}

		@Override
		public Severity getSeverity() {
			return this.severity;
		}

		@Override
		public @Nullable String getSeverityText() {
			return this.severityText;
		}

		@Override
		@SuppressWarnings("deprecation")
		public Body getBody() {
			return Body.string(this.body);
		}

		@Override
		public Value<?> getBodyValue() {
			return Value.of(this.body);
		}

		@Override
		public Attributes getAttributes() {
			return this.attributes;
		}

		@Override
		public int getTotalAttributeCount() {
			return this.totalAttributeCount;
		}

		@Override
		public @Nullable String getEventName() {
			return this.eventName;
		}

	}

}
