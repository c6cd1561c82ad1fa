package dev.otelspring.autoconfigure.redis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.otelspring.autoconfigure.web.TracedHttp;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import io.lettuce.core.resource.ClientResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Applications that authenticate to a password-protected {@code redis-server} of the test's own,
 * whose password, right or wrong, must appear in no byte exported, whatever the client sent it
 * with ({@code HELLO ... AUTH} for Lettuce, {@code AUTH} for Jedis).
 */
class RedisCredentialsIntegrationTests {

	private static final String PASSWORD = "PW-SECRET-" + UUID.randomUUID();

	private static final String WRONG_PASSWORD = "PW-WRONG-" + UUID.randomUUID();

	private static PasswordProtectedRedis redis;

	private static OtlpTestReceiver receiver;

	private ConfigurableApplicationContext application;

	@BeforeAll
	static void startRedisAndReceiver() {
		redis = PasswordProtectedRedis.start(PASSWORD);
		receiver = OtlpTestReceiver.start();
	}

	@AfterAll
	static void stopRedisAndReceiver() throws InterruptedException {
		if (receiver != null) {
			receiver.close();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@AfterEach
	void stopApplication() {
		if (this.application != null) {
			this.application.close();
		}
	}

	@Test
	void lettuceAuthenticatesWithHelloWhoseArgumentsAreNotRecorded() {
		TracedHttp http = start("spring.data.redis.client-type=lettuce");
		assertBlockingRequestIsTraced(http);
		List<ReceivedSpan> hellos = receiver.awaitSpans((spans) -> spans.stream().anyMatch(this::isHello),
				TracedHttp.TIMEOUT);
		assertThat(hellos.stream().filter(this::isHello)).allSatisfy((hello) -> {
			assertThat(hello.status()).isEqualTo(StatusCode.UNSET);
			assertThat(hello.attributes()).containsEntry("db.query.text", "HELLO ? ? ? ?")
				.containsEntry("server.port", (long) redis.port());
		});
		assertNoPasswordExported();
	}

	@Test
	void lettuceFailingToAuthenticateRecordsNeitherPasswordNorMessage() {
		start("spring.data.redis.client-type=lettuce");
		RedisStandaloneConfiguration server = new RedisStandaloneConfiguration("127.0.0.1", redis.port());
		server.setPassword(WRONG_PASSWORD);
		LettuceConnectionFactory wrong = new LettuceConnectionFactory(server, LettuceClientConfiguration.builder()
			.clientResources(this.application.getBean(ClientResources.class))
			.build());
		wrong.start();
		try {
			assertThatException().isThrownBy(() -> wrong.getConnection().ping());
		}
		finally {
			wrong.destroy();
		}
		List<ReceivedSpan> spans = receiver.awaitSpans((all) -> all.stream()
			.anyMatch((span) -> isHello(span) && span.status() == StatusCode.ERROR), TracedHttp.TIMEOUT);
		assertThat(spans.stream().filter((span) -> isHello(span) && span.status() == StatusCode.ERROR))
			.allSatisfy((hello) -> assertThat(hello.events()).singleElement()
				.satisfies((event) -> assertThat(event.attributes()).containsKey("exception.type")
					.doesNotContainKey("exception.message")));
		assertNoPasswordExported();
	}

	@Test
	void jedisAuthenticatesWithoutThePasswordReachingTelemetry() {
		assertBlockingRequestIsTraced(start("spring.data.redis.client-type=jedis"));
		assertNoPasswordExported();
	}

	private TracedHttp start(String clientType) {
		this.application = new SpringApplicationBuilder(RedisItApplication.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "spring.main.banner-mode=off", "otel.service.name=redis-credentials-it",
					"otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(), "otel.metrics.exporter=none",
					"otel.logs.exporter=none", "otel.bsp.schedule.delay=50",
					"management.otlp.metrics.export.enabled=false", "spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + redis.port(), "spring.data.redis.password=" + PASSWORD, clientType)
			.run();
		int port = this.application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return new TracedHttp(receiver, port, "/settle");
	}

	private void assertBlockingRequestIsTraced(TracedHttp http) {
		String traceId = TracedHttp.newTraceId();
		assertThat(http.get("/blocking", "traceparent", TracedHttp.traceparent(traceId, TracedHttp.newSpanId()))
			.body()).isEqualTo(RedisItApplication.VALUE);
		List<ReceivedSpan> spans = http.awaitTrace(traceId, (trace) -> trace.size() == 3);
		ReceivedSpan server = TracedHttp.single(spans, SpanKind.SERVER, "GET /blocking");
		assertThat(List.of(TracedHttp.single(spans, SpanKind.CLIENT, "SET"),
				TracedHttp.single(spans, SpanKind.CLIENT, "GET")))
			.allSatisfy((command) -> assertThat(command.parentSpanId()).isEqualTo(server.spanId()));
	}

	private boolean isHello(ReceivedSpan span) {
		return span.name().equals("HELLO") && Long.valueOf(redis.port()).equals(span.attribute("server.port"));
	}

	private static void assertNoPasswordExported() {
		String exported = new String(receiver.rawBytes(), StandardCharsets.ISO_8859_1);
		assertThat(exported).doesNotContain(PASSWORD).doesNotContain(WRONG_PASSWORD);
	}

}
