package dev.otelspring.autoconfigure.pipeline;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.ExceptionEventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Removes the messages of data store exceptions from the {@code exception} events of spans before
 * they leave the process.
 * <p>
 * Why at export: the instrumentation that records such an exception is not ours (a web server
 * library recording what escaped a controller), and the SDK offers no public hook where an
 * exception becomes attributes. The SDK keeps the exception itself with the event, so the decision
 * is made on its real type hierarchy. Events added as plain attributes, as the JDBC and Redis
 * instrumentations do with messages they have already redacted, are left as they are.
 */
final class RedactingSpanExporter implements SpanExporter {

	private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");

	private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

	private final SpanExporter delegate;

	RedactingSpanExporter(SpanExporter delegate) {
		this.delegate = delegate;
	}

	@Override
	public CompletableResultCode export(Collection<SpanData> spans) {
		if (spans.stream().noneMatch(RedactingSpanExporter::needsRedaction)) {
			return this.delegate.export(spans);
		}
		return this.delegate.export(spans.stream()
			.map((span) -> needsRedaction(span) ? new RedactedSpanData(span) : span)
			.toList());
	}

	@Override
	public CompletableResultCode flush() {
		return this.delegate.flush();
	}

	@Override
	public CompletableResultCode shutdown() {
		return this.delegate.shutdown();
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

	private static boolean needsRedaction(SpanData span) {
		List<EventData> events = span.getEvents();
		return !events.isEmpty() && events.stream().anyMatch(RedactingSpanExporter::isDataAccessException);
	}

	private static boolean isDataAccessException(EventData event) {
		return event instanceof ExceptionEventData exception && DataAccessErrors.isDataAccess(exception.getException());
	}

	private static EventData redact(EventData event) {
		if (!isDataAccessException(event)) {
			return event;
		}
		Attributes attributes = event.getAttributes();
		AttributesBuilder redacted = attributes.toBuilder();
		if (attributes.get(MESSAGE) != null) {
			redacted.put(MESSAGE, message(((ExceptionEventData) event).getException()));
		}
		String stackTrace = attributes.get(STACKTRACE);
		if (stackTrace != null) {
			redacted.put(STACKTRACE, DataAccessErrors.withoutMessages(stackTrace));
		}
		return EventData.create(event.getEpochNanos(), event.getName(), redacted.build(),
				event.getTotalAttributeCount());
	}

	// As the JDBC spans do: SQLState and vendor code identify the error without quoting data.
	private static String message(Throwable exception) {
		for (Throwable current = exception; current != null; current = current.getCause()) {
			if (current instanceof SQLException sql) {
				return DataAccessErrors.REDACTED + " (SQLState " + sql.getSQLState() + ", error code "
						+ sql.getErrorCode() + ")";
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return DataAccessErrors.REDACTED;
	}

	private static final class RedactedSpanData extends DelegatingSpanData {

		private final List<EventData> events;

		RedactedSpanData(SpanData delegate) {
			super(delegate);
			this.events = delegate.getEvents().stream().map(RedactingSpanExporter::redact).toList();
		}

		@Override
		public List<EventData> getEvents() {
			return this.events;
		}

	}

}
