package dev.otelspring.autoconfigure.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

import static dev.otelspring.autoconfigure.web.TracedHttp.newSpanId;
import static dev.otelspring.autoconfigure.web.TracedHttp.newTraceId;
import static dev.otelspring.autoconfigure.web.TracedHttp.single;
import static dev.otelspring.autoconfigure.web.TracedHttp.traceparent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Spring MVC application with the full auto-configuration (our SDK, Boot's observations,
 * the Micrometer bridge), exporting over OTLP/HTTP to a test receiver. One application for all
 * tests, so the suite stays fast.
 */
class WebMvcInstrumentationIntegrationTests {

	private static final String DOWNSTREAM_QUERY = "?password=secret&page=2";

	@RegisterExtension
	static final TracedApplication application = new TracedApplication(
			new SpringApplicationBuilder(MvcApplication.class).web(WebApplicationType.SERVLET), "/items/settle",
			(receiver) -> IntegrationProperties.forReceiver(receiver, "web-mvc-it"));

	@Test
	void serverSpanHasTheRouteAndTheStableHttpAttributes() {
		ReceivedSpan server = application.assertOneServerSpan("/items/42?color=red", "/items/{id}");
		assertThat(server.attributes()).containsEntry("url.query", "color=red");
	}

	@Test
	void serverErrorResponseMarksTheSpanAsError() {
		String traceId = newTraceId();
		assertThat(application.get("/fail", "traceparent", traceparent(traceId, newSpanId())).statusCode())
			.isEqualTo(500);

		ReceivedSpan server = single(application.settledTraceWithoutDuplicates(traceId), SpanKind.SERVER, "GET /fail");
		assertThat(server.status()).isEqualTo(StatusCode.ERROR);
		assertThat(server.attributes()).containsEntry("http.response.status_code", 500L)
			.containsEntry("error.type", "500");
	}

	@Test
	void controllerExceptionMarksTheSpanAsErrorAndRecordsTheException() {
		String traceId = newTraceId();
		assertThat(application.get("/boom", "traceparent", traceparent(traceId, newSpanId())).statusCode())
			.isEqualTo(500);

		List<ReceivedSpan> spans = application.settledTraceWithoutDuplicates(traceId);
		// Boot's error dispatch to /error gets no span of its own.
		assertThat(spans).as(TracedHttp.describe(spans)).hasSize(1);
		ReceivedSpan server = single(spans, SpanKind.SERVER, "GET /boom");
		assertThat(server.status()).isEqualTo(StatusCode.ERROR);
		assertThat(server.attributes()).containsEntry("http.response.status_code", 500L)
			.containsEntry("http.route", "/boom");
		assertThat(server.events()).filteredOn((event) -> event.name().equals("exception"))
			.singleElement()
			.satisfies((event) -> assertThat(String.valueOf(event.attributes().get("exception.message")))
				.contains("IllegalStateException: boom"));
	}

	@Test
	void malformedTraceparentStartsANewTraceAndTheRequestSucceeds() {
		String probe = TracedHttp.uniqueProbe();
		HttpResponse<String> response = application.get("/items/7?probe=" + probe, "traceparent", "00-not-a-trace-01");
		assertThat(response.statusCode()).isEqualTo(200);

		List<ReceivedSpan> spans = application.receiver().awaitSpans(
				(all) -> all.stream().anyMatch((span) -> ("probe=" + probe).equals(span.attribute("url.query"))),
				TracedHttp.TIMEOUT);
		ReceivedSpan server = spans.stream()
			.filter((span) -> ("probe=" + probe).equals(span.attribute("url.query")))
			.findFirst()
			.orElseThrow();
		assertThat(server.isRoot()).isTrue();
		assertThat(server.traceId()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
		assertThat(server.name()).isEqualTo("GET /items/{id}");
	}

	@Test
	void excludedActuatorRequestGetsNoSpan() {
		assertThat(application.settledWithoutSpans("/actuator/health")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "rest-template-builder", "rest-template-new", "rest-client-builder",
			"rest-client-create", "web-client-builder", "web-client-create" })
	void everyClientCallGetsExactlyOneClientSpanBetweenTheTwoServerSpans(String client) {
		application.assertClientCallBetweenServerSpans("/call/" + client, "/call/{client}", "/downstream",
				"password=secret", "password=REDACTED&page=2");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ MvcController.class, WebClients.class })
	static class MvcApplication {

		@Bean("rest-template-builder")
		RestTemplate builderRestTemplate(RestTemplateBuilder builder) {
			return builder.build();
		}

		@Bean("rest-template-new")
		RestTemplate newRestTemplate() {
			return new RestTemplate();
		}

		@Bean("rest-client-builder")
		RestClient builderRestClient(RestClient.Builder builder) {
			return builder.build();
		}

		@Bean("rest-client-create")
		RestClient createdRestClient() {
			return RestClient.create();
		}

	}

	@RestController
	static class MvcController {

		private final Environment environment;

		private final Map<String, RestTemplate> restTemplates;

		private final Map<String, RestClient> restClients;

		private final Map<String, WebClient> webClients;

		// By bean name, as the tests call each client.
		MvcController(Environment environment, Map<String, RestTemplate> restTemplates,
				Map<String, RestClient> restClients, Map<String, WebClient> webClients) {
			this.environment = environment;
			this.restTemplates = restTemplates;
			this.restClients = restClients;
			this.webClients = webClients;
		}

		@GetMapping("/items/{id}")
		String item(@PathVariable String id) {
			return "item " + id;
		}

		@GetMapping("/fail")
		ResponseEntity<String> fail() {
			return ResponseEntity.internalServerError().body("failed");
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("boom");
		}

		@GetMapping("/downstream")
		String downstream() {
			return "downstream";
		}

		@GetMapping("/call/{client}")
		String call(@PathVariable String client) {
			String url = "http://localhost:" + this.environment.getRequiredProperty("local.server.port")
					+ "/downstream" + DOWNSTREAM_QUERY;
			String body;
			if (this.restTemplates.containsKey(client)) {
				body = this.restTemplates.get(client).getForObject(url, String.class);
			}
			else if (this.restClients.containsKey(client)) {
				body = this.restClients.get(client).get().uri(url).retrieve().body(String.class);
			}
			else {
				body = this.webClients.get(client).get().uri(url).retrieve().bodyToMono(String.class).block();
			}
			return "called " + body;
		}

	}

}
