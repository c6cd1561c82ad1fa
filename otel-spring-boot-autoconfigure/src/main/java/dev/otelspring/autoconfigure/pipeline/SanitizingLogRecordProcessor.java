package dev.otelspring.autoconfigure.pipeline;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Value;
import io.opentelemetry.api.common.ValueType;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.ReadWriteLogRecord;

/**
 * Makes each log record safe to queue and export: the messages of data store errors are removed
 * ({@link DataAccessErrors}), and a string body is cut to {@code otel.attribute.value.length.limit}.
 * <p>
 * Why the body here: the SDK applies that limit to attributes, {@code exception.message} and
 * {@code exception.stacktrace} included, but not to the body, which is no attribute. A 10 MB log
 * line would otherwise be queued and sent whole. This runs on the logging thread, before the
 * record is queued, so the original body is never held by the queue.
 */
final class SanitizingLogRecordProcessor implements LogRecordProcessor {

	private static final AttributeKey<String> TYPE = AttributeKey.stringKey("exception.type");

	private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");

	private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

	private final LogRecordProcessor delegate;

	private final int bodyLengthLimit;

	SanitizingLogRecordProcessor(LogRecordProcessor delegate, int bodyLengthLimit) {
		this.delegate = delegate;
		this.bodyLengthLimit = bodyLengthLimit;
	}

	@Override
	public void onEmit(Context context, ReadWriteLogRecord logRecord) {
		this.delegate.onEmit(context, sanitize(logRecord));
	}

	@Override
	public CompletableResultCode forceFlush() {
		return this.delegate.forceFlush();
	}

	@Override
	public CompletableResultCode shutdown() {
		return this.delegate.shutdown();
	}

	private ReadWriteLogRecord sanitize(ReadWriteLogRecord logRecord) {
		String stackTrace = logRecord.getAttribute(STACKTRACE);
		if (DataAccessErrors.namesDataAccess(logRecord.getAttribute(TYPE), stackTrace)) {
			if (logRecord.getAttribute(MESSAGE) != null) {
				logRecord.setAttribute(MESSAGE, DataAccessErrors.REDACTED);
			}
			if (stackTrace != null) {
				logRecord.setAttribute(STACKTRACE, DataAccessErrors.withoutMessages(stackTrace));
			}
		}
		Value<?> bodyValue = logRecord.getBodyValue();
		if (bodyValue == null || bodyValue.getType() != ValueType.STRING) {
			return logRecord;
		}
		String body = (String) bodyValue.getValue();
		String redacted = DataAccessErrors.isDriverLogger(logRecord.getInstrumentationScopeInfo().getName())
				? DataAccessErrors.REDACTED : DataAccessErrors.redactNamedExceptions(body);
		String sanitized = truncate((redacted != null) ? redacted : body);
		return (sanitized.equals(body)) ? logRecord : SanitizedLogRecord.withBody(logRecord, sanitized);
	}

	private String truncate(String body) {
		if (body.length() <= this.bodyLengthLimit) {
			return body;
		}
		int end = this.bodyLengthLimit;
		// Never split a surrogate pair, which would leave half a character to encode.
		if (end > 0 && Character.isHighSurrogate(body.charAt(end - 1))) {
			end--;
		}
		return body.substring(0, end);
	}

}
