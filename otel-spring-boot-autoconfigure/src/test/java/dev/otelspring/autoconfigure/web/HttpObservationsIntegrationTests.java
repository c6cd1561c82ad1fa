package dev.otelspring.autoconfigure.web;

import java.net.http.HttpResponse;
import java.util.List;

import dev.otelspring.autoconfigure.metrics.Polling;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static dev.otelspring.autoconfigure.web.TracedHttp.newSpanId;
import static dev.otelspring.autoconfigure.web.TracedHttp.newTraceId;
import static dev.otelspring.autoconfigure.web.TracedHttp.single;
import static dev.otelspring.autoconfigure.web.TracedHttp.traceparent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's own HTTP Observations of exchanges our libraries span, in two real MVC applications
 * that differ only in having a meter handler: without one, a request and its client call make no
 * Observation at all; with one (actuator), both make theirs and Boot's timers record them. The
 * trace, a user Observation included, is the same in both.
 */
class HttpObservationsIntegrationTests {

	@RegisterExtension
	static final TracedApplication withoutMetrics = new TracedApplication(
			new SpringApplicationBuilder(NoMetricsApplication.class).web(WebApplicationType.SERVLET), "/settle",
			(receiver) -> IntegrationProperties.forReceiver(receiver, "observations-without-metrics-it"));

	@RegisterExtension
	static final TracedApplication withMetrics = new TracedApplication(
			new SpringApplicationBuilder(MetricsApplication.class).web(WebApplicationType.SERVLET), "/settle",
			(receiver) -> IntegrationProperties.forReceiver(receiver, "observations-with-metrics-it"));

	@Test
	void withoutAMeterHandlerACoveredRequestAndItsClientCallMakeNoObservation() {
		assertThat(withoutMetrics.context().getBeansOfType(MeterRegistry.class)).isEmpty();
		HttpResponse<String> response = withoutMetrics.get("/call");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("caller: none, client: none, downstream: none");
	}

	@Test
	void withAMeterRegistryEveryExchangeIsObservedAndTimed() {
		HttpResponse<String> response = withMetrics.get("/call");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("caller: http.server.requests, client: http.client.requests, "
				+ "downstream: http.server.requests");
		MeterRegistry meters = withMetrics.context().getBean(MeterRegistry.class);
		// A server Observation stops after the response is written, so its timer may lag the reply.
		Polling.until("a timer of each exchange",
				() -> List.of(count(meters, "http.server.requests", "/call"),
						count(meters, "http.client.requests", "/observed"),
						count(meters, "http.server.requests", "/observed")),
				(counts) -> !counts.contains(0L), TracedHttp.TIMEOUT);
	}

	private static long count(MeterRegistry meters, String name, String uri) {
		Timer timer = meters.find(name).tag("uri", uri).timer();
		return (timer != null) ? timer.count() : 0;
	}

	@Test
	void withoutAMeterHandlerTheTraceIsUnchangedAndUserObservationsStillBecomeSpans() {
		assertTrace(withoutMetrics);
	}

	@Test
	void withAMeterRegistryTheTraceIsTheSame() {
		assertTrace(withMetrics);
	}

	private static void assertTrace(TracedApplication application) {
		String traceId = newTraceId();
		assertThat(application.get("/call", "traceparent", traceparent(traceId, newSpanId())).statusCode())
			.isEqualTo(200);

		List<ReceivedSpan> spans = application.settledTraceWithoutDuplicates(traceId);
		assertThat(spans).as(TracedHttp.describe(spans)).hasSize(4);
		ReceivedSpan caller = single(spans, SpanKind.SERVER, "GET /call");
		ReceivedSpan work = single(spans, SpanKind.INTERNAL, "user.work");
		ReceivedSpan call = single(spans, SpanKind.CLIENT, "GET");
		ReceivedSpan downstream = single(spans, SpanKind.SERVER, "GET /observed");
		assertThat(work.parentSpanId()).isEqualTo(caller.spanId());
		assertThat(call.parentSpanId()).isEqualTo(work.spanId());
		assertThat(downstream.parentSpanId()).isEqualTo(call.spanId());
	}

	/** As an application without actuator: nothing registers a meter handler. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration(exclude = MetricsAutoConfiguration.class)
	@Import(ObservingController.class)
	static class NoMetricsApplication {

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(ObservingController.class)
	static class MetricsApplication {

	}

	/** Reports, for each exchange, the name of the Observation Spring made of it, or none. */
	@RestController
	static class ObservingController {

		private final ObservationRegistry observations;

		private final RestClient client;

		private final Environment environment;

		private volatile String clientObservation;

		// Boot's builder: with Micrometer Observation, it is the one that observes client calls.
		ObservingController(ObservationRegistry observations, RestClient.Builder builder, Environment environment) {
			this.observations = observations;
			this.environment = environment;
			// An interceptor runs inside the client Observation's scope, when there is one.
			this.client = builder.requestInterceptor(this.recordingCurrentObservation()).build();
		}

		private ClientHttpRequestInterceptor recordingCurrentObservation() {
			return (request, body, execution) -> {
				this.clientObservation = nameOf(this.observations.getCurrentObservation());
				return execution.execute(request, body);
			};
		}

		@GetMapping("/settle")
		String settle() {
			return "settled";
		}

		@GetMapping("/observed")
		String observed(HttpServletRequest request) {
			return serverObservation(request);
		}

		@GetMapping("/call")
		String call(HttpServletRequest request) {
			String url = "http://localhost:" + this.environment.getRequiredProperty("local.server.port") + "/observed";
			String downstream = Observation.createNotStarted("user.work", this.observations)
				.observe(() -> this.client.get().uri(url).retrieve().body(String.class));
			return "caller: " + serverObservation(request) + ", client: " + this.clientObservation + ", downstream: "
					+ downstream;
		}

		private static String serverObservation(HttpServletRequest request) {
			return ServerHttpObservationFilter.findObservationContext(request)
				.map(Observation.Context::getName)
				.orElse("none");
		}

		private static String nameOf(Observation observation) {
			// A no-op Observation still opens a scope, so that nothing nests under its parent.
			if (observation == null || observation.isNoop()) {
				return "none";
			}
			// The user's Observation is current around the call; the client's own replaces it.
			String name = observation.getContext().getName();
			return "user.work".equals(name) ? "none" : name;
		}

	}

}
