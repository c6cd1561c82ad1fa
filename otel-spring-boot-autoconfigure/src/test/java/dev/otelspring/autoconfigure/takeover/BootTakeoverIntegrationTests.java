package dev.otelspring.autoconfigure.takeover;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our starter beside Spring Boot's whole OpenTelemetry support (spring-boot-starter-opentelemetry,
 * actuator, micrometer-tracing-bridge-otel are on this module's test classpath), with Boot's own
 * OTLP endpoints configured: one pipeline, every span exported exactly once.
 */
class BootTakeoverIntegrationTests {

	private static OtlpTestReceiver receiver;

	private static ConfigurableApplicationContext context;

	private static RestClient client;

	@BeforeAll
	static void start() {
		receiver = OtlpTestReceiver.start();
		context = SpringApplication.run(App.class, "--server.port=0", "--spring.application.name=takeover",
				"--otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(), "--otel.metrics.exporter=none",
				"--otel.logs.exporter=none", "--otel.bsp.schedule.delay=50", "--otel.propagators=b3multi",
				// Boot's own exporters, pointed at the same receiver: any span they sent would show twice.
				"--management.opentelemetry.tracing.export.otlp.endpoint=" + receiver.httpEndpoint() + "/v1/traces",
				"--management.opentelemetry.logging.export.otlp.endpoint=" + receiver.httpEndpoint() + "/v1/logs",
				"--management.tracing.sampling.probability=1.0", "--management.otlp.metrics.export.enabled=false");
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		client = RestClient.create("http://127.0.0.1:" + port);
	}

	@AfterAll
	static void stop() {
		context.close();
		receiver.close();
	}

	@Test
	void exactlyOnePipelineAndNoOrphanedProvider() {
		assertThat(context.getBeansOfType(OpenTelemetry.class)).hasSize(1);
		// Boot's SDK beans would be these; with the takeover none of them exists.
		assertThat(context.getBeansOfType(SdkTracerProvider.class)).isEmpty();
		assertThat(context.getBeansOfType(SdkLoggerProvider.class)).isEmpty();
		assertThat(context.getBeansOfType(SpanProcessor.class)).isEmpty();
		assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
		assertThat(context.getBeansOfType(LogRecordProcessor.class)).isEmpty();
		assertThat(context.getBean(io.micrometer.tracing.Tracer.class).getClass().getName())
			.isEqualTo("io.micrometer.tracing.otel.bridge.OtelTracer");
	}

	@Test
	void everySpanOnceWithTheConfiguredPropagatorOnTheWire() {
		receiver.reset();
		String echoed = client.get().uri("/checkout").retrieve().body(String.class);

		// b3multi (otel.propagators) went on the wire, W3C traceparent did not.
		assertThat(echoed).contains("X-B3-TraceId").doesNotContain("traceparent");
		List<ReceivedSpan> spans = receiver.awaitSpans((received) -> received.size() >= 4, Duration.ofSeconds(10));
		ReceivedSpan checkout = single(spans, "GET /checkout", SpanKind.SERVER);
		ReceivedSpan call = single(spans, "GET", SpanKind.CLIENT);
		ReceivedSpan downstream = single(spans, "GET /downstream", SpanKind.SERVER);
		ReceivedSpan observed = single(spans, "price-cart", SpanKind.INTERNAL);
		assertThat(List.of(call, downstream, observed)).extracting(ReceivedSpan::traceId)
			.containsOnly(checkout.traceId());
		String tree = spans.stream()
			.map((span) -> span.kind() + " " + span.name() + " id=" + span.spanId() + " parent=" + span.parentSpanId())
			.collect(Collectors.joining("\n"));
		assertThat(call.parentSpanId()).as(tree).isEqualTo(observed.spanId());
		assertThat(observed.parentSpanId()).isEqualTo(checkout.spanId());
		assertThat(downstream.parentSpanId()).isEqualTo(call.spanId());
		assertThat(checkout.serviceName()).isEqualTo("takeover");
		// Exactly once: no span id twice, no span beyond these four.
		Map<String, Long> perId = spans.stream()
			.collect(Collectors.groupingBy(ReceivedSpan::spanId, Collectors.counting()));
		assertThat(perId.values()).containsOnly(1L);
		assertThat(spans).hasSize(4);
	}

	private static ReceivedSpan single(List<ReceivedSpan> spans, String name, SpanKind kind) {
		List<ReceivedSpan> matching = spans.stream()
			.filter((span) -> span.name().equals(name) && span.kind() == kind)
			.toList();
		assertThat(matching).as("%s %s in %s", kind, name, spans.stream().map(ReceivedSpan::name).toList())
			.hasSize(1);
		return matching.get(0);
	}

	@SpringBootApplication
	@RestController
	static class App {

		private final RestClient selfClient;

		private final ObservationRegistry observations;

		private final Environment environment;

		App(RestClient.Builder builder, ObservationRegistry observations, Environment environment) {
			this.selfClient = builder.build();
			this.observations = observations;
			this.environment = environment;
		}

		@GetMapping("/checkout")
		String checkout() {
			String port = this.environment.getRequiredProperty("local.server.port");
			// A user Observation: it must become a span of our SDK, between the server and client spans.
			return Observation.createNotStarted("price-cart", this.observations)
				.observe(() -> this.selfClient.get()
					.uri("http://127.0.0.1:" + port + "/downstream")
					.retrieve()
					.body(String.class));
		}

		@GetMapping("/downstream")
		String downstream(@RequestHeader HttpHeaders headers) {
			return String.join(",", headers.headerNames());
		}

	}

}
