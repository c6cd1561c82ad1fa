package dev.otelspring.autoconfigure.jdbc;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * The attributes of the {@code exception} event for a failed statement, without a single message
 * of the exception or its causes: any of them may quote the statement or the data.
 */
final class RedactedException {

	private static final AttributeKey<String> TYPE = AttributeKey.stringKey("exception.type");

	private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");

	private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

	private RedactedException() {
	}

	static Attributes attributes(Throwable exception) {
		StringBuilder stackTrace = new StringBuilder();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = exception; current != null && seen.add(current); current = current.getCause()) {
			stackTrace.append((current != exception) ? "Caused by: " : "")
				.append(current.getClass().getName())
				.append(": ")
				.append(message(current))
				.append('\n');
			for (StackTraceElement frame : current.getStackTrace()) {
				stackTrace.append("\tat ").append(frame).append('\n');
			}
		}
		return Attributes.of(TYPE, exception.getClass().getName(), MESSAGE, message(exception), STACKTRACE,
				stackTrace.toString());
	}

	// SQLState and vendor code identify the error without quoting any data.
	private static String message(Throwable exception) {
		return (exception instanceof SQLException sql)
				? "message redacted (SQLState " + sql.getSQLState() + ", error code " + sql.getErrorCode() + ")"
				: "message redacted";
	}

}
