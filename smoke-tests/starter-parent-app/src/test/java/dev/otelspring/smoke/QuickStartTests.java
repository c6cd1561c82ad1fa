package dev.otelspring.smoke;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a fresh application with spring-boot-starter-web, our starter and an
 * OTLP endpoint; one request making one RestClient call yields exactly two spans, exported once.
 * Surefire sets real OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES environment variables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuickStartTests {

	static final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	static final AtomicReference<String> traceparent = new AtomicReference<>();

	static final HttpServer prices = startPrices();

	@LocalServerPort
	int port;

	@Autowired
	OpenTelemetrySdk sdk;

	@DynamicPropertySource
	static void otel(DynamicPropertyRegistry registry) {
		registry.add("otel.exporter.otlp.endpoint", receiver::httpEndpoint);
		registry.add("otel.bsp.schedule.delay", () -> "50");
		registry.add("prices.url", () -> "http://127.0.0.1:" + prices.getAddress().getPort());
	}

	@AfterAll
	static void stop() {
		prices.stop(0);
		receiver.close();
	}

	@Test
	void oneRequestWithOneRestClientCallGivesExactlyTwoSpans() {
		String body = RestClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/items/apple")
			.header("User-Agent", "smoke-test/1.0")
			.retrieve()
			.body(String.class);
		assertThat(body).isEqualTo("apple costs 42");
		// Excluded by default (otel.instrumentation.http.server.excluded-urls=/actuator/**): no span,
		// whether actuator is on the classpath (boot-opentelemetry-app) or not (404 here).
		RestClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/actuator/health")
			.exchange((request, response) -> response.getStatusCode());

		receiver.awaitSpans(2, Duration.ofSeconds(10));
		this.sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
		List<ReceivedSpan> spans = receiver.spans();
		assertThat(spans).hasSize(2);

		ReceivedSpan server = spans.stream().filter((s) -> s.kind() == SpanKind.SERVER).findFirst().orElseThrow();
		ReceivedSpan client = spans.stream().filter((s) -> s.kind() == SpanKind.CLIENT).findFirst().orElseThrow();
		assertThat(server.isRoot()).isTrue();
		assertThat(server.name()).isEqualTo("GET /items/{name}");
		assertThat(server.attributes()).containsEntry("http.request.method", "GET")
			.containsEntry("http.route", "/items/{name}")
			.containsEntry("url.path", "/items/apple")
			.containsEntry("url.scheme", "http")
			.containsEntry("http.response.status_code", 200L)
			.containsEntry("server.port", (long) this.port)
			.containsEntry("user_agent.original", "smoke-test/1.0")
			.containsKeys("server.address", "client.address");

		assertThat(client.traceId()).isEqualTo(server.traceId());
		assertThat(client.parentSpanId()).isEqualTo(server.spanId());
		assertThat(client.name()).isEqualTo("GET");
		long pricesPort = prices.getAddress().getPort();
		assertThat(client.attributes()).containsEntry("http.request.method", "GET")
			.containsEntry("http.response.status_code", 200L)
			.containsEntry("server.address", "127.0.0.1")
			.containsEntry("server.port", pricesPort)
			.containsEntry("url.full",
					"http://127.0.0.1:" + pricesPort + "/price?item=apple&api_key=REDACTED");
		// The CLIENT span's context went on the wire; flags carry "sampled" (and W3C level 2's "random").
		assertThat(traceparent.get()).startsWith("00-" + client.traceId() + "-" + client.spanId() + "-");
		assertThat(Integer.parseInt(traceparent.get().substring(53), 16) & 1).isEqualTo(1);

		// The OTEL_* variables surefire sets are honoured, and beat spring.application.name.
		assertThat(server.serviceName()).isEqualTo("shop-from-env");
		assertThat(server.resource()).containsEntry("deployment.environment.name", "smoke");
		assertThat(new String(receiver.rawBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("s3cr3t");
	}

	private static HttpServer startPrices() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/price", (exchange) -> {
				traceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
				byte[] answer = "42".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
