package dev.otelspring.reliability;

import java.util.List;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedEvent;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A megabyte each of attribute value, exception message and log line reaches the backend cut to
 * {@code otel.attribute.value.length.limit}. The SDK cuts attributes, exception attributes
 * included; the starter cuts log bodies, which are no attribute and which the SDK leaves whole.
 */
class TelemetryLimitsTests {

	private static final int LIMIT = 1000;

	private static final int HUGE = 1024 * 1024;

	private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	private final Downstream downstream = Downstream.start();

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		this.receiver.close();
		this.downstream.close();
	}

	@Test
	void attributesExceptionMessagesAndLogBodiesAreCutToTheConfiguredLimit() {
		List<String> properties = Apps.properties("limits", this.receiver.httpEndpoint(), this.downstream);
		properties.addAll(List.of(Apps.WITHOUT_REDIS, "otel.attribute.value.length.limit=" + LIMIT,
				"otel.metrics.exporter=none"));
		this.application = Apps.start(properties);

		assertThat(Apps.get(Apps.uri(this.application, "/huge?size=" + HUGE)).statusCode()).isEqualTo(200);

		ReceivedSpan server = this.receiver
			.awaitSpans((spans) -> spans.stream().anyMatch(TelemetryLimitsTests::isHugeServerSpan), Apps.TIMEOUT)
			.stream()
			.filter(TelemetryLimitsTests::isHugeServerSpan)
			.findFirst()
			.orElseThrow();
		assertThat((String) server.attribute("app.huge")).isEqualTo("A".repeat(LIMIT));
		ReceivedEvent exception = server.events().get(0);
		assertThat((String) exception.attributes().get("exception.message")).isEqualTo("M".repeat(LIMIT));
		assertThat((String) exception.attributes().get("exception.stacktrace")).hasSize(LIMIT);

		List<ReceivedLogRecord> logs = this.receiver.awaitLogs(
				(all) -> all.stream().filter((log) -> log.traceId().equals(server.traceId())).count() == 2,
				Apps.TIMEOUT);
		ReceivedLogRecord line = logs.stream().filter((log) -> log.body().startsWith("B")).findFirst().orElseThrow();
		assertThat(line.body()).isEqualTo("B".repeat(LIMIT));
		ReceivedLogRecord withException = logs.stream()
			.filter((log) -> log.body().equals("with an exception"))
			.findFirst()
			.orElseThrow();
		assertThat((String) withException.attribute("exception.message")).isEqualTo("E".repeat(LIMIT));
		assertThat((String) withException.attribute("exception.stacktrace")).hasSize(LIMIT);
		assertThat(this.receiver.rawBytes()).hasSizeLessThan(HUGE);
	}

	private static boolean isHugeServerSpan(ReceivedSpan span) {
		return span.kind() == SpanKind.SERVER && span.name().equals("GET /huge");
	}

}
