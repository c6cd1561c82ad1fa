package dev.otelspring.autoconfigure.web;

import java.time.Duration;
import java.util.Map;

import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import static dev.otelspring.autoconfigure.web.TracedHttp.newSpanId;
import static dev.otelspring.autoconfigure.web.TracedHttp.newTraceId;
import static dev.otelspring.autoconfigure.web.TracedHttp.single;
import static dev.otelspring.autoconfigure.web.TracedHttp.traceparent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real WebFlux application with the full auto-configuration, exporting over OTLP/HTTP to a test
 * receiver. One application for all tests.
 */
class WebFluxInstrumentationIntegrationTests {

	@RegisterExtension
	static final TracedApplication application = new TracedApplication(
			new SpringApplicationBuilder(FluxApplication.class).web(WebApplicationType.REACTIVE), "/flux/items/settle",
			(receiver) -> IntegrationProperties.forReceiver(receiver, "web-flux-it"));

	@Test
	void serverSpanHasTheRouteAndTheStableHttpAttributes() {
		application.assertOneServerSpan("/flux/items/42", "/flux/items/{id}");
	}

	@Test
	void handlerErrorMarksTheSpanAsError() {
		String traceId = newTraceId();
		assertThat(application.get("/flux/boom", "traceparent", traceparent(traceId, newSpanId())).statusCode())
			.isEqualTo(500);

		ReceivedSpan server = single(application.settledTraceWithoutDuplicates(traceId), SpanKind.SERVER,
				"GET /flux/boom");
		assertThat(server.status()).isEqualTo(StatusCode.ERROR);
		assertThat(server.attributes()).containsEntry("http.response.status_code", 500L);
	}

	@Test
	void excludedActuatorRequestGetsNoSpan() {
		assertThat(application.settledWithoutSpans("/actuator/health")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "web-client-builder", "web-client-create" })
	void webClientCallKeepsItsParentAcrossOperatorsAndThreads(String client) {
		application.assertClientCallBetweenServerSpans("/flux/call/" + client, "/flux/call/{client}",
				"/flux/downstream", "token=abc", "token=REDACTED&page=2");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ FluxController.class, WebClients.class })
	static class FluxApplication {

	}

	@RestController
	static class FluxController {

		private final Environment environment;

		private final Map<String, WebClient> webClients;

		FluxController(Environment environment, Map<String, WebClient> webClients) {
			this.environment = environment;
			this.webClients = webClients;
		}

		@GetMapping("/flux/items/{id}")
		Mono<String> item(@PathVariable String id) {
			return Mono.just("item " + id);
		}

		@GetMapping("/flux/boom")
		Mono<String> boom() {
			return Mono.error(new IllegalStateException("boom"));
		}

		@GetMapping("/flux/downstream")
		Mono<String> downstream() {
			return Mono.just("downstream");
		}

		@GetMapping("/flux/call/{client}")
		Mono<String> call(@PathVariable String client) {
			String url = "http://localhost:" + this.environment.getRequiredProperty("local.server.port")
					+ "/flux/downstream?token=abc&page=2";
			WebClient webClient = this.webClients.get(client);
			// A timer thread, then a worker thread, before the call: the parent must survive both.
			return Mono.just(url)
				.delayElement(Duration.ofMillis(5))
				.publishOn(Schedulers.boundedElastic())
				.flatMap((target) -> webClient.get().uri(target).retrieve().bodyToMono(String.class))
				.map((body) -> "called " + body);
		}

	}

}
