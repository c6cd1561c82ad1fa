package dev.otelspring.autoconfigure.sdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Flattens every {@code otel.*} setting of the Spring {@link ConfigurableEnvironment} into the
 * flat, spec-named map that the OpenTelemetry SDK autoconfigure module reads.
 * <p>
 * Why not let the SDK read system properties and {@code OTEL_*} variables itself: it would then
 * ignore {@code application.yaml} and command-line arguments. Walking Spring's property sources in
 * their order gives the precedence users expect (command line, {@code -D}, {@code OTEL_*},
 * {@code application.yaml}) and lets YAML lists and maps stand in for the spec's comma strings.
 * <p>
 * Public only for the {@code otel} actuator endpoint, which shows the same effective settings
 * and, by {@link #sourceKey}, where each one comes from.
 */
public final class OtelEnvironmentProperties {

	/** Keys whose value is a spec "map" ({@code k=v,k2=v2}) and may be written as a YAML map. */
	private static final Set<String> MAP_KEYS = Set.of("otel.resource.attributes", "otel.exporter.otlp.headers",
			"otel.exporter.otlp.traces.headers", "otel.exporter.otlp.metrics.headers",
			"otel.exporter.otlp.logs.headers");

	private static final Pattern LIST_INDEX = Pattern.compile("^(.*)\\[(\\d+)]$");

	private static final String PROTOCOL = "otel.exporter.otlp.protocol";

	private OtelEnvironmentProperties() {
	}

	/**
	 * Resolves the effective {@code otel.*} settings.
	 * @param environment the application's environment
	 * @return normalized spec keys (lower case, dots) to values, with our defaults applied
	 */
	public static Map<String, String> resolve(ConfigurableEnvironment environment) {
		Map<String, String> scalars = new LinkedHashMap<>();
		Map<String, Map<String, String>> maps = new LinkedHashMap<>();
		Map<String, TreeMap<Integer, String>> lists = new LinkedHashMap<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable)
					|| "configurationProperties".equals(source.getName())) {
				continue;
			}
			Set<String> listsSeenHere = new java.util.HashSet<>();
			for (String name : enumerable.getPropertyNames()) {
				if (!name.regionMatches(true, 0, "otel.", 0, 5) && !name.regionMatches(true, 0, "otel_", 0, 5)) {
					continue;
				}
				Object raw = enumerable.getProperty(name);
				if (raw == null) {
					continue;
				}
				String value = environment.resolvePlaceholders(raw.toString());
				Matcher index = LIST_INDEX.matcher(name);
				if (index.matches()) {
					String key = normalize(index.group(1));
					// A list comes whole from the most important source that has it.
					if (!lists.containsKey(key) || listsSeenHere.contains(key)) {
						listsSeenHere.add(key);
						lists.computeIfAbsent(key, (k) -> new TreeMap<>()).put(Integer.parseInt(index.group(2)), value);
					}
					continue;
				}
				String mapKey = mapKeyOf(name);
				if (mapKey != null) {
					String entry = name.substring(mapKey.length() + 1);
					maps.computeIfAbsent(mapKey, (k) -> new LinkedHashMap<>()).putIfAbsent(entry, value);
					continue;
				}
				String key = normalize(name);
				if (MAP_KEYS.contains(key) && isWellFormedMap(value)) {
					// Entry by entry, so OTEL_RESOURCE_ATTRIBUTES=a=1 overrides a YAML a: 0 but keeps b: 2.
					Map<String, String> entries = maps.computeIfAbsent(key, (k) -> new LinkedHashMap<>());
					for (String pair : split(value)) {
						int eq = pair.indexOf('=');
						entries.putIfAbsent(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
					}
					continue;
				}
				scalars.putIfAbsent(key, value);
			}
		}
		lists.forEach((key, values) -> scalars.putIfAbsent(key, String.join(",", values.values())));
		// A malformed map string stays as written (in scalars) so that validation can name it.
		maps.forEach((key, entries) -> scalars.putIfAbsent(key, join(entries)));
		applyDefaults(scalars, environment);
		return scalars;
	}

	/**
	 * The key of {@link #resolve} that a property of a property source sets: a list element
	 * ({@code otel.propagators[0]}) sets its list, a map entry
	 * ({@code otel.exporter.otlp.headers.api-key}) its map, anything else its normalized name.
	 * @param name a property name as a property source has it
	 * @return the resolved key, or null for a name outside {@code otel.*}
	 */
	public static @Nullable String sourceKey(String name) {
		if (!name.regionMatches(true, 0, "otel.", 0, 5) && !name.regionMatches(true, 0, "otel_", 0, 5)) {
			return null;
		}
		Matcher index = LIST_INDEX.matcher(name);
		if (index.matches()) {
			return normalize(index.group(1));
		}
		String mapKey = mapKeyOf(name);
		return (mapKey != null) ? mapKey : normalize(name);
	}

	private static void applyDefaults(Map<String, String> properties, ConfigurableEnvironment environment) {
		// The spec recommends http/protobuf; the Java SDK still defaults to grpc.
		properties.putIfAbsent(PROTOCOL, "http/protobuf");
		String applicationName = environment.getProperty("spring.application.name");
		boolean serviceNameSet = properties.containsKey("otel.service.name")
				|| properties.getOrDefault("otel.resource.attributes", "").matches("(^|.*,)\\s*service\\.name\\s*=.*");
		if (!serviceNameSet && applicationName != null && !applicationName.isBlank()) {
			properties.put("otel.service.name", applicationName);
		}
	}

	private static boolean isWellFormedMap(String value) {
		return split(value).stream().allMatch((pair) -> pair.indexOf('=') > 0);
	}

	private static String mapKeyOf(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String key : MAP_KEYS) {
			if (lower.startsWith(key + ".") && lower.length() > key.length() + 1) {
				return key;
			}
		}
		return null;
	}

	private static String join(Map<String, String> entries) {
		return entries.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	/** The SDK's own key normalization: case, dashes and underscores do not matter. */
	static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replace('-', '.').replace('_', '.');
	}

	static List<String> split(String value) {
		return java.util.Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

}
