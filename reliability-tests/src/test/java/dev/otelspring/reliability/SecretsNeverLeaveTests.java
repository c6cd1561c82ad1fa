package dev.otelspring.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.otelspring.autoconfigure.redis.PasswordProtectedRedis;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.otelspring.reliability.SecretsController.CLIENT_AUTHORIZATION;
import static dev.otelspring.reliability.SecretsController.FAILED_SQL_LITERAL;
import static dev.otelspring.reliability.SecretsController.SQL_LITERAL;
import static dev.otelspring.reliability.SecretsController.URL_PASSWORD;
import static dev.otelspring.reliability.SecretsController.URL_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application that handles every kind of secret at once: a SQL literal, a Redis password
 * (sent with AUTH), a password and a token in a client URL, an Authorization header on the request
 * and on the client call, an API key in the OTLP exporter headers, and a failing statement whose
 * exception, quoting its literal, escapes the controller. None may appear in any byte exported
 * over OTLP, in the output of the {@code otel} actuator endpoint and of the health endpoint that
 * shows its contributor, or in the application's log output, at DEBUG for OpenTelemetry and the
 * starter.
 * <p>
 * The one exception is the failing statement in the log output: Tomcat itself logs the escaping
 * exception, message included, to the console. That line is the container's, and it is the proof
 * that the copy exported over OTLP had the very literal removed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeaveTests {

	private static final String REDIS_PASSWORD = "REDIS-PASSWORD-61B2D7";

	private static final String API_KEY = "OTLP-API-KEY-0E94A3";

	private static final String REQUEST_AUTHORIZATION = "REQUEST-AUTH-7D38F1";

	private static final String REQUEST_PASSWORD = "REQUEST-PASSWORD-C5A920";

	private static final String REQUEST_TOKEN = "REQUEST-TOKEN-1F6B84";

	/** Everything but the failing statement's literal, which Tomcat's console line carries. */
	private static final List<String> SECRETS = List.of(SQL_LITERAL, REDIS_PASSWORD, URL_PASSWORD, URL_TOKEN,
			CLIENT_AUTHORIZATION.substring("Bearer ".length()), REQUEST_AUTHORIZATION, REQUEST_PASSWORD,
			REQUEST_TOKEN, API_KEY);

	@Test
	void noSecretLeavesTheProcess(CapturedOutput output) throws Exception {
		try (PasswordProtectedRedis redis = PasswordProtectedRedis.start(REDIS_PASSWORD);
				OtlpTestReceiver receiver = OtlpTestReceiver.start();
				Downstream downstream = Downstream.start(true)) {
			List<String> properties = Apps.properties("secrets", receiver.httpEndpoint(), downstream);
			properties.addAll(List.of("otel.exporter.otlp.headers=api-key=" + API_KEY,
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
					"spring.data.redis.password=" + REDIS_PASSWORD, "logging.threshold.console=TRACE",
					"logging.level.io.opentelemetry=DEBUG", "logging.level.dev.otelspring=DEBUG"));
			ConfigurableApplicationContext application = Apps.start(properties);
			List<String> endpoints = new ArrayList<>();
			try {
				assertThat(Apps.get(Apps.uri(application, "/secrets?password=" + REQUEST_PASSWORD + "&token="
						+ REQUEST_TOKEN), "Authorization", "Bearer " + REQUEST_AUTHORIZATION).statusCode())
					.isEqualTo(200);
				assertThat(Apps.get(Apps.uri(application, "/failing-sql")).statusCode()).isEqualTo(500);
				awaitEveryPath(receiver);
				for (String endpoint : List.of("/actuator/otel", "/actuator/health")) {
					endpoints.add(Apps.get(Apps.uri(application, endpoint)).body());
				}
			}
			finally {
				application.close();
			}
			// The secrets were really sent where they belong.
			assertThat(downstream.requests()).anySatisfy((request) -> assertThat(request).contains(URL_PASSWORD)
				.contains(URL_TOKEN)
				.contains(CLIENT_AUTHORIZATION));
			assertThat(endpoints.get(0)).contains("otel.exporter.otlp.headers");

			String exported = new String(receiver.rawBytes(), StandardCharsets.ISO_8859_1);
			String actuator = String.join("\n", endpoints);
			for (String secret : SECRETS) {
				assertAbsent(secret, "the OTLP bytes", exported);
				assertAbsent(secret, "the actuator output", actuator);
				assertAbsent(secret, "the log output", output.toString());
			}
			assertAbsent(FAILED_SQL_LITERAL, "the OTLP bytes", exported);
			assertAbsent(FAILED_SQL_LITERAL, "the actuator output", actuator);
			assertThat(output.toString()).as("Tomcat's own error line").contains(FAILED_SQL_LITERAL);
			assertRedactedFailure(receiver);
		}
	}

	// Names the secret and shows where it was found, instead of dumping megabytes of protobuf.
	private static void assertAbsent(String secret, String where, String text) {
		int at = text.indexOf(secret);
		String around = (at < 0) ? ""
				: text.substring(Math.max(0, at - 300), Math.min(text.length(), at + secret.length() + 100))
					.replaceAll("[^\\x20-\\x7e]", "\u00b7");
		assertThat(at).as("%s found in %s: ...%s...", secret, where, around).isNegative();
	}

	/**
	 * Waits until each path a secret could take was really taken: the statement, Redis, the client
	 * call, the escaped exception on the SERVER span and in the container's log record, metrics.
	 */
	private static void awaitEveryPath(OtlpTestReceiver receiver) {
		receiver.awaitSpans((spans) -> has(spans, SpanKind.CLIENT, "SELECT reliability_item")
				&& has(spans, SpanKind.CLIENT, "SET") && has(spans, SpanKind.CLIENT, "GET")
				&& spans.stream().anyMatch(SecretsNeverLeaveTests::isFailureWithException), Apps.TIMEOUT);
		receiver.awaitLogs((logs) -> logs.stream().anyMatch((log) -> log.body().startsWith("Servlet.service()")),
				Apps.TIMEOUT);
		receiver.awaitMetrics((metrics) -> !metrics.isEmpty(), Apps.TIMEOUT);
	}

	/** The escaped exception was exported, with its messages and the body's removed. */
	private static void assertRedactedFailure(OtlpTestReceiver receiver) {
		assertThat(receiver.spans().stream().filter(SecretsNeverLeaveTests::isFailureWithException))
			.allSatisfy((span) -> assertThat(span.events()).anySatisfy((event) -> assertThat(
					(String) event.attributes().get("exception.message")).startsWith("message redacted")));
		assertThat(receiver.logs().stream().filter((log) -> log.body().startsWith("Servlet.service()")))
			.allSatisfy((log) -> assertThat(log.body()).endsWith("BadSqlGrammarException: message redacted"));
	}

	private static boolean has(List<ReceivedSpan> spans, SpanKind kind, String name) {
		return spans.stream().anyMatch((span) -> span.kind() == kind && span.name().equals(name));
	}

	private static boolean isFailureWithException(ReceivedSpan span) {
		return span.kind() == SpanKind.SERVER && span.name().equals("GET /failing-sql") && !span.events().isEmpty();
	}

}
