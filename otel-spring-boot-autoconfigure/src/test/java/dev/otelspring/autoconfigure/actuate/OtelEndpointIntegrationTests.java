package dev.otelspring.autoconfigure.actuate;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/otel} of an application configured from every kind of source at once: its
 * YAML, {@code OTEL_*} environment variables, {@code -D} system properties and the command line,
 * some of the values secrets. The environment and system properties are the application's own
 * property sources, so the test touches neither the JVM's nor the process's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtelEndpointIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ConfigurableApplicationContext context;

	private JsonNode otel;

	private String body;

	@BeforeAll
	void start() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("OTEL_EXPORTER_OTLP_HEADERS", "api-key=ENV-API-KEY", "OTEL_TRACES_SAMPLER",
									"always_on", "OTEL_RESOURCE_ATTRIBUTES", "team=checkout")));
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
					new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
							Map.of("otel.bsp.max.queue.size", "4096")));
		SpringApplication application = new SpringApplication(ActuatorApps.App.class);
		application.setEnvironment(environment);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		this.context = application.run("--spring.config.name=otel-endpoint-test",
				"--spring.config.location=classpath:/actuate/", "--server.port=0", "--spring.main.banner-mode=off",
				"--" + ActuatorApps.WITHOUT_DATA_STORES, "--management.endpoints.web.exposure.include=otel",
				"--otel.traces.exporter=none", "--otel.metrics.exporter=none", "--otel.logs.exporter=none",
				"--otel.metric.export.interval=30000", "--management.otlp.metrics.export.enabled=false");
		HttpResponse<String> response = ActuatorApps.get(this.context, "/actuator/otel");
		assertThat(response.statusCode()).isEqualTo(200);
		this.body = response.body();
		this.otel = json.readTree(this.body);
	}

	@AfterAll
	void stop() {
		this.context.close();
	}

	@Test
	void namesTheSourceOfEachEffectiveSetting() {
		assertSetting("otel.traces.sampler", "always_on", "environment");
		assertSetting("otel.bsp.max.queue.size", "4096", "system property");
		assertSetting("otel.metric.export.interval", "30000", "command line");
		assertSetting("otel.instrumentation.jdbc.enabled", "false", "otel-endpoint-test.yaml");
		assertSetting("otel.service.name", "endpoint-test", "spring.application.name");
		assertSetting("otel.exporter.otlp.protocol", "http/protobuf", "default");
		assertSetting("otel.bsp.schedule.delay", "5000", "default");
		assertThat(setting("otel.resource.attributes").get("source").asString())
			.isEqualTo("environment, otel-endpoint-test.yaml");
	}

	@Test
	void masksHeadersKeysAndWhatUrlsCarry() {
		assertSetting("otel.exporter.otlp.headers", "******", "environment");
		assertSetting("otel.exporter.otlp.traces.headers", "******", "otel-endpoint-test.yaml");
		assertSetting("otel.exporter.otlp.endpoint", "https://******@collector.example:4318/?token=******",
				"otel-endpoint-test.yaml");
		assertThat(this.otel.get("resource").get("vendor.api.key").asString()).isEqualTo("******");
		assertThat(setting("otel.resource.attributes").get("value").asString())
			.isEqualTo("team=checkout,deployment.environment.name=test,vendor.api.key=******");
		assertThat(this.body).doesNotContain("ENV-API-KEY", "YAML-PASSWORD", "YAML-TOKEN", "YAML-HEADER-SECRET",
				"YAML-RESOURCE-SECRET");
	}

	@Test
	void showsTheResourceTheInstrumentationsAndEachSignalsExporter() {
		JsonNode resource = this.otel.get("resource");
		assertThat(resource.get("service.name").asString()).isEqualTo("endpoint-test");
		assertThat(resource.get("team").asString()).isEqualTo("checkout");
		assertThat(resource.get("deployment.environment.name").asString()).isEqualTo("test");
		JsonNode instrumentations = this.otel.get("instrumentations");
		assertThat(instrumentations.get("disabled").toString()).contains("\"jdbc\"");
		assertThat(instrumentations.get("enabled").toString()).contains("\"spring-webmvc\"", "\"span-metrics\"");
		JsonNode traces = this.otel.get("exporters").get("traces");
		assertThat(traces.get("exporter").asString()).isEqualTo("none");
		assertThat(traces.get("state").asString()).isEqualTo("idle");
		assertThat(traces.get("exported").asLong()).isZero();
		assertThat(this.otel.get("exporters").has("metrics")).isTrue();
		assertThat(this.otel.get("exporters").has("logs")).isTrue();
	}

	private void assertSetting(String key, String value, String source) {
		JsonNode setting = setting(key);
		assertThat(setting.get("value").asString()).as(key).isEqualTo(value);
		assertThat(setting.get("source").asString()).as(key).isEqualTo(source);
	}

	private JsonNode setting(String key) {
		JsonNode setting = this.otel.get("configuration").get(key);
		assertThat(setting).as("setting %s in %s", key, this.otel.get("configuration")).isNotNull();
		return setting;
	}

}
