package dev.otelspring.autoconfigure.web;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.api.instrumenter.AttributesExtractor;

/**
 * Replaces the values of sensitive query parameters with {@code REDACTED}: in {@code url.full} of
 * client spans and in {@code url.query} of server spans (the server side of the same call would
 * otherwise export the secret the client side hid).
 * <p>
 * The libraries redact only user info and four signature parameters of {@code url.full}, and
 * offer no hook to change that list. Extractors added to a builder run after the library's own,
 * and a later {@code put} of the same key wins, so the value re-put here is the one exported.
 * Public only so that the client and server packages can share it.
 */
public final class UrlQueryRedactor {

	private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");

	private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");

	private static final String REDACTED = "REDACTED";

	private final Set<String> sensitiveNames;

	public UrlQueryRedactor(Collection<String> sensitiveNames) {
		this.sensitiveNames = sensitiveNames.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	public <REQUEST, RESPONSE> AttributesExtractor<REQUEST, RESPONSE> urlFullExtractor(Function<REQUEST, URI> url) {
		return onStart((request) -> {
			URI value = url.apply(request);
			return (value != null) ? redactUrl(value.toString()) : null;
		}, URL_FULL);
	}

	public <REQUEST, RESPONSE> AttributesExtractor<REQUEST, RESPONSE> urlQueryExtractor(
			Function<REQUEST, String> rawQuery) {
		return onStart((request) -> {
			String value = rawQuery.apply(request);
			return (value != null) ? redactQuery(value) : null;
		}, URL_QUERY);
	}

	public String redactUrl(String url) {
		int fragmentStart = url.indexOf('#');
		int end = (fragmentStart >= 0) ? fragmentStart : url.length();
		int question = url.indexOf('?');
		int queryStart = (question < end) ? question : -1;
		// Re-putting url.full replaces the library's value, so repeat its user-info redaction too.
		StringBuilder result = new StringBuilder(url.length())
			.append(redactUserInfo(url.substring(0, (queryStart >= 0) ? queryStart : end)));
		if (queryStart >= 0) {
			result.append('?').append(redactQuery(url.substring(queryStart + 1, end)));
		}
		return result.append(url, end, url.length()).toString();
	}

	public String redactQuery(String query) {
		StringBuilder result = new StringBuilder(query.length());
		String[] parameters = query.split("&", -1);
		for (int i = 0; i < parameters.length; i++) {
			result.append((i > 0) ? "&" : "");
			int equals = parameters[i].indexOf('=');
			if (equals >= 0 && isSensitive(parameters[i].substring(0, equals))) {
				result.append(parameters[i], 0, equals + 1).append(REDACTED);
			}
			else {
				result.append(parameters[i]);
			}
		}
		return result.toString();
	}

	private boolean isSensitive(String name) {
		return this.sensitiveNames.contains(name.toLowerCase(Locale.ROOT));
	}

	private static String redactUserInfo(String beforeQuery) {
		int schemeEnd = beforeQuery.indexOf("://");
		if (schemeEnd < 0) {
			return beforeQuery;
		}
		int authorityStart = schemeEnd + 3;
		int pathStart = beforeQuery.indexOf('/', authorityStart);
		int authorityEnd = (pathStart >= 0) ? pathStart : beforeQuery.length();
		int at = beforeQuery.lastIndexOf('@', authorityEnd - 1);
		if (at < authorityStart) {
			return beforeQuery;
		}
		return beforeQuery.substring(0, authorityStart) + REDACTED + ":" + REDACTED + beforeQuery.substring(at);
	}

	private static <REQUEST, RESPONSE> AttributesExtractor<REQUEST, RESPONSE> onStart(Function<REQUEST, String> value,
			AttributeKey<String> key) {
		return new AttributesExtractor<>() {

			@Override
			public void onStart(AttributesBuilder attributes, Context parentContext, REQUEST request) {
				String redacted = value.apply(request);
				if (redacted != null) {
					attributes.put(key, redacted);
				}
			}

			@Override
			public void onEnd(AttributesBuilder attributes, Context context, REQUEST request, RESPONSE response,
					Throwable error) {
			}

		};
	}

}
