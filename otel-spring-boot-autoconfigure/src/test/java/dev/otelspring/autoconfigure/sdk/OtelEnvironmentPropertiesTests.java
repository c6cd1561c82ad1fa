package dev.otelspring.autoconfigure.sdk;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precedence and shapes of {@code otel.*} settings, with the property sources laid out as Spring
 * Boot lays them out: command line, system properties, environment variables, application.yaml.
 */
class OtelEnvironmentPropertiesTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	OtelEnvironmentPropertiesTests() {
		// Replace the JVM's real sources so the test sees only what it sets.
		this.environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		this.environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
	}

	@Test
	void commandLineBeatsSystemPropertyBeatsEnvironmentVariableBeatsYaml() {
		yaml(Map.of("otel.service.name", "yaml", "otel.traces.sampler", "yaml", "otel.bsp.schedule.delay", "7",
				"otel.exporter.otlp.endpoint", "http://yaml:4318"));
		env(Map.of("OTEL_SERVICE_NAME", "env", "OTEL_TRACES_SAMPLER", "env", "OTEL_BSP_SCHEDULE_DELAY", "8"));
		systemProperties(Map.of("otel.service.name", "sysprop", "otel.traces.sampler", "sysprop"));
		commandLine("--otel.service.name=cli");

		Map<String, String> resolved = OtelEnvironmentProperties.resolve(this.environment);

		assertThat(resolved).containsEntry("otel.service.name", "cli")
			.containsEntry("otel.traces.sampler", "sysprop")
			.containsEntry("otel.bsp.schedule.delay", "8")
			.containsEntry("otel.exporter.otlp.endpoint", "http://yaml:4318");
	}

	@Test
	void environmentVariablesUseTheSpecNames() {
		env(Map.of("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces",
				"OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false"));

		assertThat(OtelEnvironmentProperties.resolve(this.environment))
			.containsEntry("otel.exporter.otlp.traces.endpoint", "http://collector:4318/v1/traces")
			.containsEntry("otel.instrumentation.common.default.enabled", "false");
	}

	@Test
	void yamlListsAndMapsBecomeSpecStrings() {
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("otel.propagators[0]", "tracecontext");
		yaml.put("otel.propagators[1]", "b3multi");
		yaml.put("otel.resource.attributes.deployment.environment.name", "prod");
		yaml.put("otel.resource.attributes.team", "checkout");
		yaml.put("otel.exporter.otlp.headers.api-key", "secret");
		yaml(yaml);

		Map<String, String> resolved = OtelEnvironmentProperties.resolve(this.environment);

		assertThat(resolved).containsEntry("otel.propagators", "tracecontext,b3multi")
			.containsEntry("otel.resource.attributes", "deployment.environment.name=prod,team=checkout")
			.containsEntry("otel.exporter.otlp.headers", "api-key=secret");
	}

	@Test
	void mapEntriesMergeKeyByKeyWithTheMoreImportantSourceWinning() {
		yaml(Map.of("otel.resource.attributes.team", "yaml-team", "otel.resource.attributes.region", "eu"));
		env(Map.of("OTEL_RESOURCE_ATTRIBUTES", "team=env-team"));

		assertThat(OtelEnvironmentProperties.resolve(this.environment).get("otel.resource.attributes"))
			.contains("team=env-team")
			.contains("region=eu")
			.doesNotContain("yaml-team");
	}

	@Test
	void serviceNameDefaultsToSpringApplicationName() {
		yaml(Map.of("spring.application.name", "checkout"));

		assertThat(OtelEnvironmentProperties.resolve(this.environment)).containsEntry("otel.service.name", "checkout");
	}

	@Test
	void serviceNameInResourceAttributesBeatsSpringApplicationName() {
		yaml(Map.of("spring.application.name", "checkout"));
		env(Map.of("OTEL_RESOURCE_ATTRIBUTES", "service.name=billing"));

		assertThat(OtelEnvironmentProperties.resolve(this.environment)).doesNotContainKey("otel.service.name");
	}

	@Test
	void protocolDefaultsToHttpProtobufButCanBeSet() {
		assertThat(OtelEnvironmentProperties.resolve(this.environment)).containsEntry("otel.exporter.otlp.protocol",
				"http/protobuf");
		env(Map.of("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));
		assertThat(OtelEnvironmentProperties.resolve(this.environment)).containsEntry("otel.exporter.otlp.protocol",
				"grpc");
	}

	@Test
	void placeholdersAreResolved() {
		yaml(Map.of("collector.host", "otel-collector", "otel.exporter.otlp.endpoint", "http://${collector.host}:4318"));

		assertThat(OtelEnvironmentProperties.resolve(this.environment)).containsEntry("otel.exporter.otlp.endpoint",
				"http://otel-collector:4318");
	}

	private void yaml(Map<String, ?> properties) {
		this.environment.getPropertySources()
			.addLast(new MapPropertySource("Config resource 'class path resource [application.yaml]'",
					new LinkedHashMap<>(properties)));
	}

	private void env(Map<String, ?> properties) {
		this.environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new LinkedHashMap<>(properties)));
	}

	private void systemProperties(Map<String, ?> properties) {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
					new LinkedHashMap<>(properties)));
	}

	private void commandLine(String... args) {
		this.environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
	}

}
