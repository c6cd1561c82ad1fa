package dev.otelspring.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's files that the tests read: docker-compose.yml, deploy/ and the demo jars.
 */
final class DemoFiles {

	// Set by the build (surefire); the fallback is the module directory an IDE runs in.
	static final Path ROOT = Path.of(System.getProperty("demo.root", "..")).toAbsolutePath().normalize();

	static final String VERSION = System.getProperty("demo.version", "0.1.0-SNAPSHOT");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoFiles() {
	}

	static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	static String read(String relative) {
		try {
			return Files.readString(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path(relative), ex);
		}
	}

	/** A YAML file as maps and lists, read with a safe constructor (no custom types). */
	static Map<String, Object> yaml(String relative) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(relative));
	}

	static JsonNode json(String relative) {
		return JSON.readTree(read(relative));
	}

	static Path jar(String module) {
		Path jar = path(module + "/target/" + module + "-" + VERSION + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build it first, e.g. ./mvnw -pl " + module
					+ " -am package -DskipTests (the reactor does it before these tests)");
		}
		return jar;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

}
