package dev.otelspring.autoconfigure.actuate;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks what the {@code otel} endpoint must never show: the whole value of any setting whose name
 * suggests a credential, and, in every other value, what a URL can carry (user info, query values).
 * <p>
 * Why so broad: the endpoint is meant to be opened to operators, and OTLP headers hold API keys
 * ({@code otel.exporter.otlp.headers=api-key=...}), the names of other vendors' settings vary, and
 * a collector URL may hold a token. Masking a harmless file path is the cheaper mistake.
 */
final class SecretValues {

	static final String MASK = "******";

	private static final String RESOURCE_ATTRIBUTES = "otel.resource.attributes";

	private static final Pattern SECRET_KEY = Pattern.compile(
			"(?i).*(header|token|password|passwd|pwd|secret|key|auth|credential|signature|cookie|session).*");

	private static final Pattern URL_USER_INFO = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://)[^/@\\s]+@");

	private static final Pattern QUERY_VALUE = Pattern.compile("([?&][^=&\\s]+=)[^&\\s]+");

	private SecretValues() {
	}

	static String mask(String key, String value) {
		if (SECRET_KEY.matcher(key).matches()) {
			return MASK;
		}
		if (RESOURCE_ATTRIBUTES.equals(key)) {
			return maskEntries(value);
		}
		String masked = URL_USER_INFO.matcher(value).replaceAll("$1" + MASK + "@");
		return QUERY_VALUE.matcher(masked).replaceAll("$1" + MASK);
	}

	// k=v,k2=v2: each entry is a setting of its own, masked by its own key.
	private static String maskEntries(String entries) {
		return Arrays.stream(entries.split(",", -1)).map((entry) -> {
			int equals = entry.indexOf('=');
			return (equals < 0) ? entry
					: entry.substring(0, equals + 1) + mask(entry.substring(0, equals), entry.substring(equals + 1));
		}).collect(Collectors.joining(","));
	}

}
