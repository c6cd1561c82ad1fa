package dev.otelspring.logging.logback;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.ExportSettings;
import dev.otelspring.logging.LogAppenders;
import dev.otelspring.logging.LoggingProgram.Backend;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static dev.otelspring.logging.LoggingProgram.EXPORTER_LOGGER;
import static dev.otelspring.logging.LoggingProgram.assertExportedOnce;
import static dev.otelspring.logging.LoggingProgram.runAndAssertWithDeclaredAppender;
import static dev.otelspring.logging.LoggingProgram.runWithExportAppender;
import static dev.otelspring.logging.TestTelemetry.awaitBodies;
import static dev.otelspring.logging.TestTelemetry.sdk;
import static dev.otelspring.logging.TestTelemetry.single;
import static dev.otelspring.logging.TestTelemetry.withBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logback without Spring: a plain program that installs the appenders itself, or declares them in
 * its own {@code logback.xml}. Records are decoded from a real OTLP receiver.
 */
class LogbackAppendersTests {

	private static final Logger logger = LoggerFactory.getLogger(LogbackAppendersTests.class);

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final ByteArrayOutputStream text = new ByteArrayOutputStream();

	private final String id = UUID.randomUUID().toString();

	private OtlpTestReceiver receiver;

	private OpenTelemetrySdk sdk;

	@BeforeEach
	void start() {
		this.receiver = OtlpTestReceiver.start();
		this.context.reset();
		this.context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
	}

	@AfterEach
	void stop() {
		new LogbackAppenders(this.context).uninstall();
		this.context.reset();
		if (this.sdk != null) {
			this.sdk.close();
		}
		this.receiver.close();
	}

	@Test
	void programmaticInstallationCorrelatesTextAndExportsEveryRecordOnce() throws Exception {
		addTextAppender();
		LogbackAppenders appenders = new LogbackAppenders(this.context);
		appenders.enableCorrelation(CorrelationKeys.DEFAULT);
		this.sdk = sdk(this.receiver);
		SpanContext ids = runWithExportAppender(appenders, this.sdk, this.id, new Backend(logger::info, logger::error,
				LoggerFactory.getLogger(EXPORTER_LOGGER)::warn, MDC::put, MDC::remove));

		assertThat(line("in-span")).startsWith(ids.getTraceId() + " " + ids.getSpanId() + " " + ids.getTraceFlags().asHex() + " ");
		assertThat(line("other-thread")).startsWith(ids.getTraceId() + " " + ids.getSpanId() + " " + ids.getTraceFlags().asHex() + " pool-");
		assertThat(line("no-span")).startsWith("- - - ");
		assertThat(line("exporter-line")).isNotEmpty();

		List<ReceivedLogRecord> logs = assertExportedOnce(this.receiver, this.sdk, this.id, ids,
				LogbackAppendersTests.class);
		assertThat(single(logs, "in-span " + this.id).severityNumber()).isEqualTo(9);
		assertThat((String) single(logs, "other-thread " + this.id).attribute("thread.name")).startsWith("pool-");
		assertThat(single(logs, "before-sdk " + this.id).attributes()).containsEntry("thread.name",
				Thread.currentThread().getName());
	}

	@Test
	void recordsBeforeTheSdkAreBufferedUpToTheBoundAndReplayedOutsideTheInstallersSpan() {
		LogbackAppenders appenders = new LogbackAppenders(this.context);
		appenders.addExportAppender(new ExportSettings(2, List.of("tenant")));
		MDC.put("tenant", "early");
		logger.info("buffered-1 {}", this.id);
		MDC.remove("tenant");
		logger.info("buffered-2 {}", this.id);
		logger.info("over-the-bound {}", this.id);

		this.sdk = sdk(this.receiver);
		Span installer = this.sdk.getTracer("test").spanBuilder("installer").startSpan();
		try (Scope scope = installer.makeCurrent()) {
			MDC.put("tenant", "installer");
			appenders.install(this.sdk);
		}
		finally {
			MDC.remove("tenant");
			installer.end();
		}
		logger.info("after-install {}", this.id);

		List<ReceivedLogRecord> logs = awaitBodies(this.receiver, this.sdk, "buffered-1 " + this.id,
				"buffered-2 " + this.id, "after-install " + this.id);
		// The MDC as it was when each was logged, not as it is on the installing thread.
		assertThat(single(logs, "buffered-1 " + this.id).attributes()).containsEntry("tenant", "early");
		assertThat(single(logs, "buffered-2 " + this.id).attributes()).doesNotContainKey("tenant");
		assertThat(single(logs, "buffered-1 " + this.id).traceId()).isEmpty();
		assertThat(single(logs, "buffered-2 " + this.id).traceId()).isEmpty();
		assertThat(withBody(logs, "over-the-bound " + this.id)).isEmpty();
	}

	@Test
	void appendersDeclaredInLogbackXmlAreInstalledAndNotAddedTwice(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("app.log");
		this.context.putProperty("LOG_FILE", file.toString());
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(this.context);
		configurator.doConfigure(getClass().getResource("/logback-otel.xml"));

		LogAppenders appenders = LogAppenders.detect().orElseThrow();
		assertThat(appenders).isInstanceOf(LogbackAppenders.class);
		this.sdk = sdk(this.receiver);
		runAndAssertWithDeclaredAppender(appenders, this.receiver, this.sdk, this.id, logger::info, file);
	}

	private void addTextAppender() {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.context);
		encoder.setPattern("%X{trace_id:--} %X{span_id:--} %X{trace_flags:--} %thread %msg%n");
		encoder.start();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(this.context);
		appender.setName("TEXT");
		appender.setEncoder(encoder);
		appender.setOutputStream(this.text);
		appender.start();
		this.context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
	}

	private String line(String prefix) {
		return this.text.toString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.endsWith(prefix + " " + this.id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line " + prefix + " in " + this.text));
	}

}
