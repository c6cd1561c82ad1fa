package dev.otelspring.autoconfigure.logging.shared;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.otelspring.testing.otlp.ReceivedLogRecord;
import dev.otelspring.testing.otlp.ReceivedSpan;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.consoleLine;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.newTraceId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application, text on the console and Logstash JSON in a file: lines logged in a
 * handler and in a Reactor operator on another thread carry the SERVER span.
 */
public abstract class AbstractWebFluxLoggingTests extends AbstractWebLoggingTests {

	protected AbstractWebFluxLoggingTests(LoggingBackend backend) {
		super(backend, new SpringApplicationBuilder(FluxApp.class).web(WebApplicationType.REACTIVE)
			.properties("logging.structured.format.file=logstash"));
	}

	@Test
	void handlerAndOperatorLinesCarryTheServerSpan(CapturedOutput output) {
		String traceId = newTraceId();
		String id = UUID.randomUUID().toString();
		String operatorThread = get("/reactive?id=" + id, traceId);
		ReceivedSpan server = awaitServerSpan(traceId);
		assertThat(server.name()).isEqualTo("GET /reactive");
		assertThat(operatorThread).startsWith("parallel-");

		for (String line : List.of("handler-line ", "operator-line ")) {
			assertThat(consoleLine(output, line + id)).contains("[" + traceId + "-" + server.spanId() + "] ");
			// Logstash writes each entry of the MDC (Logback) or the context data (Log4j2) under its own key.
			JsonNode json = jsonLine(line + id);
			assertThat(json.path("trace_id").asString()).as(line).isEqualTo(traceId);
			assertThat(json.path("span_id").asString()).as(line).isEqualTo(server.spanId());
			ReceivedLogRecord record = awaitRecord(line + id);
			assertThat(record.traceId()).as(line).isEqualTo(traceId);
			assertThat(record.spanId()).as(line).isEqualTo(server.spanId());
		}
		assertThat(awaitRecord("operator-line " + id).attributes()).containsEntry("thread.name", operatorThread);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(ReactiveController.class)
	static class FluxApp {

	}

	@RestController
	static class ReactiveController {

		private final LoggingBackend backend;

		ReactiveController(LoggingBackend backend) {
			this.backend = backend;
		}

		@GetMapping("/reactive")
		Mono<String> reactive(@RequestParam String id) {
			this.backend.info(ReactiveController.class.getName(), "handler-line {}", id);
			return Mono.just(id).delayElement(Duration.ofMillis(5)).map((value) -> {
				this.backend.info(ReactiveController.class.getName(), "operator-line {}", value);
				return Thread.currentThread().getName();
			});
		}

	}

}
