package dev.otelspring.autoconfigure.redis;

import java.util.List;
import java.util.Map;

import dev.otelspring.autoconfigure.web.IntegrationProperties;
import dev.otelspring.autoconfigure.web.TracedApplication;
import dev.otelspring.autoconfigure.web.TracedHttp;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One real application per Redis client, exporting over OTLP/HTTP to a test receiver, with Boot's
 * Observation support and our Micrometer bridge on the classpath. Each request carries its own
 * traceparent; its trace must hold the SERVER span and exactly one CLIENT span per command, ours,
 * beneath it. After every test, no key, value or argument may appear in any byte received so far.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractRedisIntegrationTests {

	protected TracedApplication application;

	/** The connection settings, {@code spring.data.redis.*}. */
	abstract List<String> redisProperties();

	/** The attributes every command span of this client has. */
	abstract Map<String, Object> commandAttributes();

	/** The query text of a command with that many arguments, or {@code null} if the client has none. */
	abstract String queryText(String operation, int arguments);

	@BeforeAll
	void startApplication() {
		this.application = new TracedApplication(new SpringApplicationBuilder(RedisItApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties(redisProperties().toArray(String[]::new)), "/settle",
				(receiver) -> IntegrationProperties.tracesTo(receiver, "redis-it"));
		this.application.start();
	}

	@AfterAll
	void stopApplication() {
		if (this.application.context() != null) {
			this.application.context()
				.getBean(StringRedisTemplate.class)
				.delete(List.of(RedisItApplication.KEY, RedisItApplication.COUNTER));
		}
		this.application.stop();
	}

	@Test
	void blockingCommandsAreOneClientSpanEach() {
		List<ReceivedSpan> commands = commandSpans("/blocking", "SET", "GET");
		assertThat(commands.get(0).attributes()).containsEntry("db.operation.name", "SET");
		assertQueryText(commands.get(0), "SET", 2);
		assertQueryText(commands.get(1), "GET", 1);
	}

	@Test
	void pipelinedCommandsAreOneClientSpanEach() {
		List<ReceivedSpan> commands = commandSpans("/pipelined", "SET", "GET", "INCR");
		assertQueryText(commands.get(2), "INCR", 1);
	}

	@Test
	void failedCommandIsAnErrorWithoutTheArgumentsTheServerQuoted() {
		ReceivedSpan command = commandSpans("/failure", "NOSUCHCOMMAND").get(0);
		assertThat(command.status()).isEqualTo(StatusCode.ERROR);
		assertThat(command.attributes()).containsKey("error.type");
		assertThat(command.events()).filteredOn((event) -> event.name().equals("exception"))
			.singleElement()
			.satisfies((event) -> assertThat(String.valueOf(event.attributes().get("exception.message")))
				.contains("unknown command '?'"));
	}

	/**
	 * The CLIENT spans of one request, checked to be exactly one per expected command, in order,
	 * children of the request's SERVER span, and spans of this instrumentation.
	 */
	List<ReceivedSpan> commandSpans(String path, String... operations) {
		String parentId = TracedHttp.newSpanId();
		List<ReceivedSpan> spans = this.application.settledTraceOf(path, parentId);
		String described = TracedHttp.describe(spans);
		assertThat(spans).as(described).hasSize(operations.length + 1);
		ReceivedSpan server = TracedHttp.single(spans, SpanKind.SERVER, "GET " + path);
		assertThat(server.parentSpanId()).isEqualTo(parentId);
		List<ReceivedSpan> commands = spans.stream()
			.filter((span) -> span.kind() == SpanKind.CLIENT)
			.sorted((a, b) -> Long.compare(a.startEpochNanos(), b.startEpochNanos()))
			.toList();
		assertThat(commands).as(described).extracting(ReceivedSpan::name).containsExactly(operations);
		assertThat(commands).allSatisfy((command) -> {
			assertThat(command.parentSpanId()).isEqualTo(server.spanId());
			assertThat(command.scopeName()).isEqualTo("dev.otelspring.redis");
			assertThat(command.attributes()).containsEntry("db.operation.name", command.name())
				.containsAllEntriesOf(commandAttributes());
		});
		assertNothingSecretExported();
		return commands;
	}

	void assertQueryText(ReceivedSpan command, String operation, int arguments) {
		String expected = queryText(operation, arguments);
		if (expected != null) {
			assertThat(command.attributes()).containsEntry("db.query.text", expected);
		}
		else {
			assertThat(command.attributes()).doesNotContainKey("db.query.text");
		}
	}

	void assertNothingSecretExported() {
		this.application.assertNoneExported(RedisItApplication.SECRETS);
	}

}
