package dev.otelspring.autoconfigure.pipeline;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A failed export, as operators see it: what went wrong and when.
 *
 * @param message the failure's type and message, without URL credentials or query values
 * @param time when the export failed
 */
public record ExportFailure(String message, Instant time) {

	private static final int MAX_LENGTH = 512;

	private static final Pattern URL_USER_INFO = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://)[^/@\\s]+@");

	private static final Pattern QUERY_VALUE = Pattern.compile("([?&][^=&\\s]+=)[^&\\s]+");

	/**
	 * Describes a failure without what an endpoint URL may carry: a collector's URL can hold a
	 * token in its user info or query, and exporter errors quote the URL. Servers may answer
	 * with long bodies, hence the cap.
	 */
	static String describe(@Nullable Throwable failure) {
		if (failure == null) {
			return "export failed";
		}
		String text = failure.getClass().getName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		Throwable cause = failure.getCause();
		// Exceptions made from a cause alone repeat its description as their message.
		if (cause != null && cause != failure && !cause.toString().equals(failure.getMessage())) {
			text += " (caused by " + cause + ")";
		}
		text = URL_USER_INFO.matcher(text).replaceAll("$1******@");
		text = QUERY_VALUE.matcher(text).replaceAll("$1******");
		return (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) + "..." : text;
	}

}
