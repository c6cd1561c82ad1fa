package dev.otelspring.autoconfigure.pipeline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes the errors of data stores and removes their messages, which quote statements,
 * literals and values: H2 repeats the whole statement, Spring's {@code BadSqlGrammarException}
 * too, PostgreSQL's detail gives a duplicate key's value, Redis echoes arguments.
 * <p>
 * The JDBC and Redis instrumentations never record such a message on their own spans. This covers
 * the paths around them: an exception that escapes a controller and is recorded on the SERVER
 * span, or logged by the container, and the log lines of drivers. Types and stack frames stay, so
 * the error can still be found and followed.
 */
final class DataAccessErrors {

	static final String REDACTED = "message redacted";

	private static final List<String> PACKAGES = List.of("java.sql.", "javax.sql.", "org.springframework.dao.",
			"org.springframework.jdbc.", "org.springframework.orm.", "org.springframework.r2dbc.",
			"org.springframework.data.", "org.hibernate.", "jakarta.persistence.", "org.h2.", "org.postgresql.",
			"org.mariadb.jdbc.", "com.mysql.", "oracle.jdbc.", "com.microsoft.sqlserver.", "org.hsqldb.",
			"org.apache.derby.", "io.r2dbc.", "io.lettuce.core.", "redis.clients.jedis.");

	/** Loggers whose messages are a driver's own messages. */
	private static final List<String> DRIVER_LOGGERS = List.of("org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
			"org.postgresql.", "org.mariadb.jdbc.", "com.mysql.", "org.h2.");

	/** A data store's exception class named in text, as {@code Throwable.toString()} writes it. */
	private static final Pattern NAMED_IN_TEXT = Pattern.compile("\\b(?:" + String.join("|",
			PACKAGES.stream().map((prefix) -> Pattern.quote(prefix)).toList()) + ")[\\w$.]*");

	/** A stack trace line that names an exception: {@code [Caused by: |Suppressed: ]type[: message]}. */
	private static final Pattern HEADER = Pattern
		.compile("^(\\s*(?:Caused by: |Suppressed: )?)([a-zA-Z_$][\\w$]*(?:\\.[a-zA-Z_$][\\w$]*)+)(:.*)?$");

	private DataAccessErrors() {
	}

	/** Whether the exception, or one of its causes, is or extends a data store's exception. */
	static boolean isDataAccess(Throwable exception) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable current = exception; current != null && seen.add(current); current = current.getCause()) {
			for (Class<?> type = current.getClass(); type != null; type = type.getSuperclass()) {
				if (isDataAccessType(type.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the type, or a cause named in the stack trace, is a data store's exception. */
	static boolean namesDataAccess(@Nullable String type, @Nullable String stackTrace) {
		if (type != null && isDataAccessType(type)) {
			return true;
		}
		if (stackTrace != null) {
			for (String line : stackTrace.split("\n")) {
				Matcher header = HEADER.matcher(line);
				if (header.matches() && isDataAccessType(header.group(2))) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean isDriverLogger(String loggerName) {
		return DRIVER_LOGGERS.stream().anyMatch(loggerName::startsWith);
	}

	/** The stack trace with its frames and exception types, and no message text at all. */
	static String withoutMessages(String stackTrace) {
		StringBuilder result = new StringBuilder(stackTrace.length());
		for (String line : stackTrace.split("\n")) {
			String trimmed = line.stripLeading();
			if (trimmed.startsWith("at ") || trimmed.startsWith("... ")) {
				result.append(line).append('\n');
				continue;
			}
			Matcher header = HEADER.matcher(line);
			if (header.matches()) {
				result.append(header.group(1)).append(header.group(2));
				result.append((header.group(3) != null) ? ": " + REDACTED : "").append('\n');
			}
			// Any other line continues a multi-line message: left out.
		}
		return result.toString();
	}

	/**
	 * A log body without the message of a data store's exception written into it (a container's
	 * "threw exception [...: message]"): the text after the first such type name goes.
	 * @return the redacted body, or null when the body names no such exception
	 */
	static @Nullable String redactNamedExceptions(String body) {
		if (body.indexOf("Exception") < 0 && body.indexOf("Error") < 0) {
			return null;
		}
		Matcher named = NAMED_IN_TEXT.matcher(body);
		while (named.find()) {
			int end = named.end();
			if (body.startsWith(": ", end)) {
				return body.substring(0, end) + ": " + REDACTED;
			}
		}
		return null;
	}

	private static boolean isDataAccessType(String className) {
		for (String prefix : PACKAGES) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
