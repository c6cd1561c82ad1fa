package dev.otelspring.autoconfigure.logging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.core.Appender;
import dev.otelspring.autoconfigure.logging.shared.LoggedApps;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import io.opentelemetry.api.trace.SpanContext;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.otelspring.autoconfigure.logging.LogbackBackend.rootAppenders;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.TIMEOUT;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.consoleLine;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.flush;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.inSpan;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.jsonLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The settings and the edges of the Logback integration, each in an application of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogbackSettingsIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(LogbackSettingsIntegrationTests.class);

	private final String id = UUID.randomUUID().toString();

	private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	private ConfigurableApplicationContext context;

	@AfterEach
	void stop() {
		LoggedApps.close(this.context);
		this.receiver.close();
	}

	@Test
	void customKeysReachBootsPatternAndTheGelfFields(CapturedOutput output, @TempDir Path directory) {
		Path file = directory.resolve("app.json");
		this.context = run("otel.instrumentation.common.logging.trace-id=otel_trace_id",
				"otel.instrumentation.common.logging.span-id=otel_span_id", "logging.file.name=" + file,
				"logging.structured.format.file=gelf");
		SpanContext span = inSpan(this.context, () -> logger.info("custom-keys-line {}", this.id));

		assertThat(consoleLine(output, "custom-keys-line " + this.id))
			.contains("[" + span.getTraceId() + "-" + span.getSpanId() + "] ");
		// GELF writes each MDC entry as an additional field, with its underscore.
		JsonNode gelf = jsonLine(file, "custom-keys-line " + this.id);
		assertThat(gelf.path("_otel_trace_id").asString()).isEqualTo(span.getTraceId());
		assertThat(gelf.path("_otel_span_id").asString()).isEqualTo(span.getSpanId());
		assertThat(gelf.has("_trace_id")).isFalse();
	}

	@Test
	void switchedOffLeavesLoggingAsBootBuiltIt(CapturedOutput output) {
		this.context = run("otel.instrumentation.logback-appender.enabled=false");
		inSpan(this.context, () -> logger.info("switched-off-line {}", this.id));
		flush(this.context);

		assertThat(consoleLine(output, "switched-off-line " + this.id)).isNotEmpty();
		assertThat(this.receiver.logs()).isEmpty();
		assertThat(this.context.getEnvironment().getPropertySources()
			.contains(LogCorrelationEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
		assertThat(rootAppenders()).extracting(Appender::getName).containsExactly("CONSOLE");
		assertThat(rootAppenders()).noneMatch(io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender.class::isInstance);
		assertThat(this.context.getBeanProvider(LogAppendersInstallation.class).getIfAvailable()).isNull();
		// Micrometer's own MDC writer (traceId, spanId) is back, and with it Boot's own correlation.
		assertThat(this.context.getBeanProvider(Slf4JEventListener.class).getIfAvailable()).isNotNull();
	}

	@Test
	void withoutLogExportTheIdsStillReachConsoleAndFile(CapturedOutput output, @TempDir Path directory)
			throws Exception {
		Path file = directory.resolve("app.log");
		this.context = run("otel.logs.exporter=none", "logging.file.name=" + file);
		SpanContext span = inSpan(this.context, () -> logger.info("no-export-line {}", this.id));

		String correlation = "[" + span.getTraceId() + "-" + span.getSpanId() + "] ";
		assertThat(consoleLine(output, "no-export-line " + this.id)).contains(correlation);
		assertThat(Files.readAllLines(file)).filteredOn((line) -> line.endsWith("no-export-line " + this.id))
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains(correlation);
		assertThat(rootAppenders()).extracting(Appender::getName).containsExactly("CONSOLE", "FILE");
	}

	@Test
	void theStartupBufferKeepsAsManyRecordsAsConfigured(CapturedOutput output) {
		this.context = LoggedApps.run(new SpringApplicationBuilder(LoggedApps.PlainApp.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.listeners((event) -> {
				if (event instanceof ApplicationPreparedEvent) {
					logger.info("kept-line {}", this.id);
					logger.info("dropped-line {}", this.id);
				}
			})
			.properties(LoggedApps.properties(this.receiver, "otel.instrumentation.logback-appender.startup-buffer-size=1")));

		assertThat(LoggedApps.awaitRecord(this.receiver, this.context, "kept-line " + this.id)).isNotNull();
		assertThat(this.receiver.logs()).noneMatch((log) -> log.body().equals("dropped-line " + this.id));
		assertThat(output.getErr()).contains("numLogsCapturedBeforeOtelInstall value of the OpenTelemetry appender is too small");
	}

	@Test
	void startupFailureBeforeTheSdkDropsTheBufferedRecords() {
		assertThatException().isThrownBy(() -> LoggedApps.run(new SpringApplicationBuilder(LoggedApps.PlainApp.class,
				FailingBean.class)
			.web(WebApplicationType.NONE)
			.properties(LoggedApps.properties(this.receiver))
			));

		assertThat(rootAppenders()).extracting(Appender::getName).doesNotContain("OTEL_EXPORT");
	}

	@Test
	void failureAfterStartupIsExportedBeforeTheSdkCloses() {
		assertThatException().isThrownBy(() -> LoggedApps.run(new SpringApplicationBuilder(LoggedApps.PlainApp.class,
				FailingRunner.class)
			.web(WebApplicationType.NONE)
			.properties(LoggedApps.properties(this.receiver, "failing.id=" + this.id))
			));

		List<ReceivedLogRecord> logs = this.receiver.awaitLogs(
				(received) -> received.stream().anyMatch((log) -> log.body().equals("Application run failed")), TIMEOUT);
		ReceivedLogRecord failure = logs.stream()
			.filter((log) -> log.body().equals("Application run failed"))
			.findFirst()
			.orElseThrow();
		assertThat(failure.severityText()).isEqualTo("ERROR");
		assertThat(failure.attributes()).containsEntry("exception.message", "runner failed " + this.id);
		assertThat(rootAppenders()).extracting(Appender::getName).doesNotContain("OTEL_EXPORT");
	}

	private ConfigurableApplicationContext run(String... properties) {
		return LoggedApps.run(new SpringApplicationBuilder(LoggedApps.PlainApp.class).web(WebApplicationType.NONE)
			.properties(LoggedApps.properties(this.receiver, properties))
			);
	}

	@Configuration(proxyBeanMethods = false)
	static class FailingBean {

		// A user bean: created before the auto-configured SDK.
		@Bean
		Object failing() {
			throw new IllegalStateException("bean failed");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingRunner {

		@Bean
		ApplicationRunner failingRunner(org.springframework.core.env.Environment environment) {
			return (arguments) -> {
				throw new IllegalStateException("runner failed " + environment.getProperty("failing.id"));
			};
		}

	}

}
