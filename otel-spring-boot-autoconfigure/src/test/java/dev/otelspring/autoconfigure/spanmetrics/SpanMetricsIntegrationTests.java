package dev.otelspring.autoconfigure.spanmetrics;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.otelspring.autoconfigure.metrics.ActuatorPrometheus;
import dev.otelspring.autoconfigure.metrics.Exposition;
import dev.otelspring.autoconfigure.metrics.Polling;
import dev.otelspring.autoconfigure.web.TracedApplication;
import dev.otelspring.testing.otlp.ReceivedExemplar;
import dev.otelspring.testing.otlp.ReceivedMetric;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static dev.otelspring.autoconfigure.web.TracedHttp.newSpanId;
import static dev.otelspring.autoconfigure.web.TracedHttp.newTraceId;
import static dev.otelspring.autoconfigure.web.TracedHttp.traceparent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Spring MVC application sampled at 10%, scraped on {@code /actuator/prometheus} and
 * pushing metrics and spans over OTLP to a test receiver. Each test uses routes of its own, as
 * the counts are cumulative over the application's life.
 */
class SpanMetricsIntegrationTests {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String CALLS = "traces_span_metrics_calls_total";

	@RegisterExtension
	static final TracedApplication application = new TracedApplication(
			new SpringApplicationBuilder(OrdersApplication.class).web(WebApplicationType.SERVLET), "/settle",
			(receiver) -> SpanMetricsApps.properties(receiver, "orders-it", "0.1"));

	@Test
	void serverCallsAreExactAtTenPercentSamplingAndOnlySampledSpansAreExported() {
		int requests = 200;
		for (int i = 0; i < requests; i++) {
			assertThat(application.get("/orders/" + i).statusCode()).isEqualTo(200);
		}
		awaitServerCalls("GET /orders/{id}", "STATUS_CODE_UNSET", requests);
		Exposition scrape = ActuatorPrometheus.scrape(application.port());
		assertThat(scrape.value("traces_span_metrics_duration_seconds_count", "span_name", "GET /orders/{id}",
				"span_kind", "SPAN_KIND_SERVER")).isEqualTo(requests);

		application.settle();
		List<ReceivedSpan> exported = application.receiver().spans()
			.stream()
			.filter((span) -> span.name().equals("GET /orders/{id}"))
			.toList();
		// About 20 are expected; 200 would mean that unsampled spans were exported.
		assertThat(exported).hasSizeBetween(1, requests / 2)
			.allSatisfy((span) -> assertThat(span.flags() & 1).as("sampled flag").isEqualTo(1));
	}

	@Test
	void requestsOfAnUnsampledTraceAreCountedButNeverExported() {
		Set<String> traceIds = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			String traceId = newTraceId();
			traceIds.add(traceId);
			String unsampled = "00-" + traceId + "-" + newSpanId() + "-00";
			assertThat(application.get("/unsampled/" + i, "traceparent", unsampled).statusCode()).isEqualTo(200);
		}
		awaitServerCalls("GET /unsampled/{id}", "STATUS_CODE_UNSET", 20);

		application.settle();
		assertThat(application.receiver().spans()).noneMatch((span) -> traceIds.contains(span.traceId()));
	}

	@Test
	void serverErrorsAreCountedUnderStatusCodeError() {
		for (int i = 0; i < 3; i++) {
			assertThat(application.get("/fail").statusCode()).isEqualTo(500);
		}
		awaitServerCalls("GET /fail", "STATUS_CODE_ERROR", 3);
		assertThat(ActuatorPrometheus.scrape(application.port()).samples(CALLS, "span_name", "GET /fail"))
			.allSatisfy((sample) -> assertThat(sample.labels()).containsEntry("status_code", "STATUS_CODE_ERROR")
				.containsEntry("http_response_status_code", "500"));
	}

	@Test
	void everyExemplarOnTheEndpointPointsAtAnExportedTrace() {
		int requests = 60;
		for (int i = 0; i < requests; i++) {
			// Every third request continues a sampled trace; the others are sampled at 10%.
			String[] headers = (i % 3 == 0) ? new String[] { "traceparent", traceparent(newTraceId(), newSpanId()) }
					: new String[0];
			assertThat(application.get("/exemplars/" + i, headers).statusCode()).isEqualTo(200);
		}
		// Each scrape hands an exemplar out once, so gather them over every scrape made.
		Set<Exposition.Exemplar> exemplars = new HashSet<>();
		Polling.until("all exemplar requests counted", () -> {
			Exposition scrape = ActuatorPrometheus.scrape(application.port());
			scrape.samples()
				.stream()
				.filter((sample) -> sample.name().startsWith("traces_span_metrics_") && sample.exemplar() != null)
				.forEach((sample) -> exemplars.add(sample.exemplar()));
			return scrape.value(CALLS, "span_name", "GET /exemplars/{id}");
		}, (calls) -> Objects.equals(calls, (double) requests), TIMEOUT);

		assertThat(exemplars).isNotEmpty()
			.allSatisfy((exemplar) -> assertThat(exemplar.spanId()).matches("[0-9a-f]{16}"));
		Set<String> traceIds = exemplars.stream().map(Exposition.Exemplar::traceId).collect(Collectors.toSet());
		application.receiver()
			.awaitSpans((spans) -> spans.stream().map(ReceivedSpan::traceId).collect(Collectors.toSet())
				.containsAll(traceIds), TIMEOUT);
	}

	@Test
	void plainTextScrapeStillWorks() {
		assertThat(application.get("/plain").statusCode()).isEqualTo(200);
		HttpResponse<String> response = Polling.until("a text scrape with span metrics",
				() -> ActuatorPrometheus.get(application.port(), ActuatorPrometheus.TEXT),
				(answer) -> answer.body().contains("span_name=\"GET /plain\""), TIMEOUT);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("# TYPE traces_span_metrics_calls_total counter")
			.doesNotContain("# EOF");
		assertThat(Exposition.parse(response.body()).samples(CALLS)).allSatisfy(
				(sample) -> assertThat(sample.exemplar()).isNull());
	}

	@Test
	void openTelemetryApiMetersAreOnTheEndpointBesideMicrometersMeters() {
		Meter meter = application.context().getBean(OpenTelemetry.class).getMeter("shop");
		Attributes card = Attributes.of(AttributeKey.stringKey("payment"), "card");
		meter.counterBuilder("orders.placed").build().add(3, card);
		meter.gaugeBuilder("warehouse.temperature").setUnit("Cel").build().set(4.5, card);

		Exposition scrape = ActuatorPrometheus.scrape(application.port());
		assertThat(scrape.value("orders_placed_total", "payment", "card", "otel_scope_name", "shop")).isEqualTo(3.0);
		assertThat(scrape.value("warehouse_temperature_celsius", "payment", "card")).isEqualTo(4.5);
		assertThat(scrape.samples("jvm_memory_used_bytes")).isNotEmpty();
	}

	@Test
	void spanMetricsArePushedOverOtlpWithExemplarsOfExportedTraces() {
		int requests = 12;
		for (int i = 0; i < requests; i++) {
			// Half continue a sampled trace, half an unsampled one: only the former may be exemplars.
			String flags = (i % 2 == 0) ? "-01" : "-00";
			String parent = "00-" + newTraceId() + "-" + newSpanId() + flags;
			assertThat(application.get("/pushed/" + i, "traceparent", parent).statusCode()).isEqualTo(200);
		}
		List<ReceivedMetric> metrics = application.receiver().awaitMetrics(
				(received) -> latestCalls(received, "GET /pushed/{id}") == requests, TIMEOUT);

		ReceivedMetric duration = metrics.stream()
			.filter((metric) -> metric.name().equals("traces.span.metrics.duration"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(duration.unit()).isEqualTo("s");
		assertThat(duration.scopeName()).isEqualTo("dev.otelspring.spanmetrics");
		Set<String> exemplarTraceIds = metrics.stream()
			.filter((metric) -> metric.name().startsWith("traces.span.metrics."))
			.flatMap((metric) -> metric.points().stream())
			.filter((point) -> "GET /pushed/{id}".equals(point.attributes().get("span.name")))
			.flatMap((point) -> point.exemplars().stream())
			.map(ReceivedExemplar::traceId)
			.collect(Collectors.toSet());
		assertThat(exemplarTraceIds).isNotEmpty();
		application.receiver()
			.awaitSpans((spans) -> spans.stream().map(ReceivedSpan::traceId).collect(Collectors.toSet())
				.containsAll(exemplarTraceIds), TIMEOUT);
	}

	@Test
	void bootsHttpServerRequestsExemplarPointsAtOurServerSpan() {
		String traceId = newTraceId();
		assertThat(application.get("/boot-exemplar", "traceparent", traceparent(traceId, newSpanId())).statusCode())
			.isEqualTo(200);
		ReceivedSpan server = application.awaitTrace(traceId, (spans) -> !spans.isEmpty()).get(0);
		assertThat(server.kind()).isEqualTo(SpanKind.SERVER);
		assertThat(server.scopeName()).startsWith("io.opentelemetry.spring-webmvc");

		Exposition.Exemplar exemplar = Polling.until("an exemplar on http_server_requests_seconds_bucket",
				() -> ActuatorPrometheus.scrape(application.port())
					.samples("http_server_requests_seconds_bucket", "uri", "/boot-exemplar")
					.stream()
					.map(Exposition.Sample::exemplar)
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null),
				Objects::nonNull, TIMEOUT);
		assertThat(exemplar.traceId()).isEqualTo(traceId);
		assertThat(exemplar.spanId()).isEqualTo(server.spanId());
	}

	private static void awaitServerCalls(String spanName, String status, int expected) {
		Polling.until(expected + " calls of " + spanName,
				() -> ActuatorPrometheus.scrape(application.port())
					.value(CALLS, "span_name", spanName, "span_kind", "SPAN_KIND_SERVER", "status_code", status,
							"service_name", "orders-it"),
				(calls) -> Objects.equals(calls, (double) expected), TIMEOUT);
	}

	/** The calls of the span name in the newest export that has them; exports are cumulative. */
	private static long latestCalls(List<ReceivedMetric> metrics, String spanName) {
		return metrics.stream()
			.filter((metric) -> metric.name().equals("traces.span.metrics.calls"))
			.map((metric) -> metric.points()
				.stream()
				.filter((point) -> spanName.equals(point.attributes().get("span.name")))
				.mapToLong((point) -> (long) point.value())
				.sum())
			.filter((calls) -> calls > 0)
			.reduce((first, second) -> second)
			.orElse(0L);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(OrdersController.class)
	static class OrdersApplication {

	}

	@RestController
	static class OrdersController {

		@GetMapping({ "/orders/{id}", "/unsampled/{id}", "/exemplars/{id}", "/pushed/{id}" })
		String order(@PathVariable String id) {
			return "order " + id;
		}

		@GetMapping({ "/settle", "/boot-exemplar", "/plain" })
		String ok() {
			return "ok";
		}

		@GetMapping("/fail")
		ResponseEntity<String> fail() {
			return ResponseEntity.internalServerError().body("failed");
		}

	}

}
