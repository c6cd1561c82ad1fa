package dev.otelspring.autoconfigure.actuate;

import java.time.Duration;

import dev.otelspring.autoconfigure.metrics.Polling;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health contributor and the meters of a real application whose liveness and readiness
 * groups a user widened to every contributor, with Kubernetes probes on: {@code otel} is in the
 * application's health and never in a probe. And the endpoint is off the web until exposed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtelHealthAndMetersIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() {
		this.context = application("management.endpoints.web.exposure.include=health,prometheus",
				"management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.probes.add-additional-paths=true",
				"management.endpoint.health.show-details=always",
				"management.endpoint.health.group.liveness.include=*",
				"management.endpoint.health.group.liveness.show-components=always",
				"management.endpoint.health.group.readiness.include=*",
				"management.endpoint.health.group.readiness.show-components=always");
		this.context.getBean(OpenTelemetry.class).getTracer("test").spanBuilder("work").startSpan().end();
		this.receiver.awaitSpans(1, Duration.ofSeconds(10));
	}

	@AfterAll
	void stop() {
		this.context.close();
		this.receiver.close();
	}

	@Test
	void healthShowsEachExportersStateAndStaysUp() {
		JsonNode otel = health("/actuator/health").get("components").get("otel");
		assertThat(otel.get("status").asString()).isEqualTo("UP");
		JsonNode traces = otel.get("details").get("traces");
		assertThat(traces.get("exporter").asString()).isEqualTo("otlp");
		assertThat(traces.get("state").asString()).isEqualTo("exporting");
		assertThat(traces.get("exported").asLong()).isPositive();
		assertThat(traces.get("queueCapacity").asInt()).isEqualTo(2048);
	}

	@Test
	void probesNeverIncludeTelemetryEvenWhenEveryContributorIsIncluded() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			JsonNode components = health(probe).get("components");
			assertThat(components.has("ping")).as("%s includes every other contributor", probe).isTrue();
			assertThat(components.has("otel")).as("%s includes otel", probe).isFalse();
		}
		assertThat(ActuatorApps.get(this.context, "/livez").statusCode()).isEqualTo(200);
		assertThat(ActuatorApps.get(this.context, "/readyz").statusCode()).isEqualTo(200);
	}

	@Test
	void exporterFiguresAreMetersToScrape() {
		String scrape = Polling.until("the exported spans on /actuator/prometheus",
				() -> ActuatorApps.get(this.context, "/actuator/prometheus").body(),
				(body) -> body.contains("otel_exporter_spans_exported_total 1.0"), Duration.ofSeconds(10));
		assertThat(scrape).contains("otel_exporter_spans_dropped_total 0.0", "otel_exporter_spans_failed_total 0.0",
				"otel_exporter_spans_export_failures_total 0.0", "otel_exporter_spans_queue_size ",
				"otel_exporter_spans_queue_capacity 2048.0", "otel_exporter_logs_dropped_total",
				"otel_exporter_metrics_exported_total");
	}

	@Test
	void theEndpointIsOffTheWebUntilExposed() {
		assertThat(ActuatorApps.get(this.context, "/actuator/otel").statusCode()).isEqualTo(404);
	}

	private ConfigurableApplicationContext application(String... properties) {
		return new SpringApplicationBuilder(ActuatorApps.App.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "spring.main.banner-mode=off", ActuatorApps.WITHOUT_DATA_STORES,
					"otel.service.name=health-it", "otel.exporter.otlp.endpoint=" + this.receiver.httpEndpoint(),
					"otel.bsp.schedule.delay=10", "otel.metrics.exporter=none", "otel.logs.exporter=none",
					"management.otlp.metrics.export.enabled=false")
			.properties(properties)
			.run();
	}

	private JsonNode health(String path) {
		return json.readTree(ActuatorApps.get(this.context, path).body());
	}

}
