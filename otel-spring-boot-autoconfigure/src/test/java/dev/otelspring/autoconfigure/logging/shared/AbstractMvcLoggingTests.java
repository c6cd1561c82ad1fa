package dev.otelspring.autoconfigure.logging.shared;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.otelspring.testing.otlp.ReceivedLogRecord;
import dev.otelspring.testing.otlp.ReceivedSpan;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.consoleLine;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.newTraceId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application with Spring Boot's default logging configuration, the text console and
 * ECS JSON in a file, and no logging setting of ours: one request yields a console line, a JSON
 * line and an OTLP record, each with the trace of the request's SERVER span. A subclass per
 * backend adds what only that backend's appenders can show.
 */
public abstract class AbstractMvcLoggingTests extends AbstractWebLoggingTests {

	private static final String RUN = UUID.randomUUID().toString();

	protected AbstractMvcLoggingTests(LoggingBackend backend) {
		super(backend, new SpringApplicationBuilder(MvcApp.class).web(WebApplicationType.SERVLET)
			.listeners(new StartupLogger())
			.properties("logging.structured.format.file=ecs",
					backend.appenderSettings() + ".experimental.capture-mdc-attributes=tenant"));
	}

	@Test
	void requestAndAsyncLinesCarryTheServerSpanInConsoleJsonAndOtlp(CapturedOutput output) {
		String traceId = newTraceId();
		String id = UUID.randomUUID().toString();
		String asyncThread = get("/work?id=" + id, traceId);
		ReceivedSpan server = awaitServerSpan(traceId);
		assertThat(server.name()).isEqualTo("GET /work");
		String correlation = "[" + traceId + "-" + server.spanId() + "] ";

		assertThat(consoleLine(output, "request-line " + id)).contains(correlation);
		assertThat(consoleLine(output, "async-line " + id)).contains(correlation);
		for (String line : List.of("request-line ", "async-line ")) {
			JsonNode json = jsonLine(line + id);
			assertThat(json.path("trace.id").asString()).as(line).isEqualTo(traceId);
			assertThat(json.path("span.id").asString()).as(line).isEqualTo(server.spanId());
			assertThat(json.has("trace_id")).as("renamed for ECS").isFalse();
			ReceivedLogRecord record = awaitRecord(line + id);
			assertThat(record.traceId()).as(line).isEqualTo(traceId);
			assertThat(record.spanId()).as(line).isEqualTo(server.spanId());
			assertThat(record.severityText()).isEqualTo("INFO");
			assertThat(record.scopeName()).isEqualTo(WorkController.class.getName());
		}
		ReceivedLogRecord request = awaitRecord("request-line " + id);
		assertThat((String) request.attribute("thread.name")).startsWith("http-nio-");
		assertThat(request.attributes()).containsEntry("tenant", "acme");
		ReceivedLogRecord async = awaitRecord("async-line " + id);
		assertThat(asyncThread).startsWith("task-");
		assertThat(async.attributes()).containsEntry("thread.name", asyncThread).doesNotContainKey("tenant");
	}

	@Test
	void exceptionIsExportedWithTypeMessageAndStackTrace() {
		String traceId = newTraceId();
		String id = UUID.randomUUID().toString();
		get("/fail?id=" + id, traceId);

		ReceivedLogRecord record = awaitRecord("error-line " + id);
		assertThat(record.traceId()).isEqualTo(traceId);
		assertThat(record.severityText()).isEqualTo("ERROR");
		assertThat(record.severityNumber()).isEqualTo(17);
		assertThat(record.attributes()).containsEntry("exception.type", IllegalStateException.class.getName())
			.containsEntry("exception.message", "broken " + id);
		assertThat((String) record.attribute("exception.stacktrace"))
			.contains("IllegalStateException: broken " + id, "WorkController.fail");
		assertThat(jsonLine("error-line " + id).path("error").path("type").asString())
			.isEqualTo(IllegalStateException.class.getName());
	}

	@Test
	void startupLogsAreExportedExactlyOnceWithoutTrace() {
		ReceivedLogRecord startup = awaitRecord("startup-line " + RUN);
		assertThat(startup.traceId()).isEmpty();
		assertThat(startup.spanId()).isEmpty();
		assertThat(startup.attributes()).containsEntry("thread.name", "main");
		assertThat(jsonLine("startup-line " + RUN).has("trace.id")).isFalse();
	}

	@Test
	void lineOutsideAnySpanHasNoTrace(CapturedOutput output) {
		String id = UUID.randomUUID().toString();
		backend().info(getClass().getName(), "no-span-line {}", id);

		assertThat(awaitRecord("no-span-line " + id).traceId()).isEmpty();
		assertThat(jsonLine("no-span-line " + id).has("trace.id")).isFalse();
		assertThat(consoleLine(output, "no-span-line " + id)).doesNotContain("-" + "0".repeat(16)).contains("[ ");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EnableAsync
	@Import(WorkController.class)
	static class MvcApp {

		@Bean
		AsyncLogging asyncLogging(LoggingBackend backend) {
			return new AsyncLogging(backend);
		}

	}

	@RestController
	static class WorkController {

		private static final Logger logger = LoggerFactory.getLogger(WorkController.class);

		private final AsyncLogging async;

		private final LoggingBackend backend;

		WorkController(AsyncLogging async, LoggingBackend backend) {
			this.async = async;
			this.backend = backend;
		}

		@GetMapping("/work")
		String work(@RequestParam String id) throws Exception {
			this.backend.withContext("tenant", "acme", () -> logger.info("request-line {}", id));
			return this.async.log(id).get(10, TimeUnit.SECONDS);
		}

		@GetMapping("/fail")
		String fail(@RequestParam String id) {
			logger.error("error-line {}", id, new IllegalStateException("broken " + id));
			return "logged";
		}

	}

	static class AsyncLogging {

		private final LoggingBackend backend;

		AsyncLogging(LoggingBackend backend) {
			this.backend = backend;
		}

		@Async
		public CompletableFuture<String> log(String id) {
			// By name: Log4j2 would name a nested class's logger by its canonical name, SLF4J by getName().
			this.backend.info(WorkController.class.getName(), "async-line {}", id);
			return CompletableFuture.completedFuture(Thread.currentThread().getName());
		}

	}

	/** Logs before the context is refreshed, so long before the SDK exists. */
	static class StartupLogger implements ApplicationListener<ApplicationPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationPreparedEvent event) {
			LoggerFactory.getLogger(StartupLogger.class).info("startup-line {}", RUN);
		}

	}

}
