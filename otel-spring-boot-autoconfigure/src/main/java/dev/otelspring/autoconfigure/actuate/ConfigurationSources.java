package dev.otelspring.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.otelspring.autoconfigure.sdk.OtelEnvironmentProperties;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Where each effective {@code otel.*} setting comes from, named as an operator thinks of it:
 * {@code command line}, {@code system property}, {@code environment}, {@code application.yaml}.
 * <p>
 * Property sources are walked in Spring's order, as {@link OtelEnvironmentProperties} walks them
 * to resolve the values, so the first source named is the one whose value won. A map written in
 * several places ({@code otel.resource.attributes}) names each of them.
 */
final class ConfigurationSources {

	private static final Pattern RESOURCE = Pattern.compile("\\[([^\\]]+)]");

	private ConfigurationSources() {
	}

	static Map<String, String> of(ConfigurableEnvironment environment) {
		Map<String, Set<String>> sources = new LinkedHashMap<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable)
					|| "configurationProperties".equals(source.getName())) {
				continue;
			}
			for (String name : enumerable.getPropertyNames()) {
				String key = OtelEnvironmentProperties.sourceKey(name);
				if (key != null) {
					sources.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).add(describe(source.getName()));
				}
			}
		}
		Map<String, String> described = new LinkedHashMap<>();
		sources.forEach((key, names) -> described.put(key, String.join(", ", names)));
		return described;
	}

	static String describe(String sourceName) {
		return switch (sourceName) {
			case "commandLineArgs" -> "command line";
			case "systemProperties" -> "system property";
			case "systemEnvironment" -> "environment";
			case "defaultProperties" -> "default properties";
			default -> fileName(sourceName);
		};
	}

	// "Config resource 'class path resource [application.yaml]' via location ..." -> application.yaml
	private static String fileName(String sourceName) {
		Matcher resource = RESOURCE.matcher(sourceName);
		if (sourceName.startsWith("Config resource ") && resource.find()) {
			String path = resource.group(1);
			return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
		}
		return sourceName;
	}

}
