package dev.otelspring.logging.log4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.LoggingProgram.Backend;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.otelspring.logging.LoggingProgram.EXPORTER_LOGGER;
import static dev.otelspring.logging.LoggingProgram.assertExportedOnce;
import static dev.otelspring.logging.LoggingProgram.runAndAssertWithDeclaredAppender;
import static dev.otelspring.logging.LoggingProgram.runWithExportAppender;
import static dev.otelspring.logging.TestTelemetry.sdk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log4j2 without Spring: a plain program that installs the appender itself, or declares it in its
 * own {@code log4j2.xml}. Records are decoded from a real OTLP receiver.
 */
class Log4jAppendersTests {

	private static final Logger logger = LogManager.getLogger(Log4jAppendersTests.class);

	// Log4j2's provider fixes its keys at the first event logged in a span: the same in every test.
	private static final CorrelationKeys KEYS = new CorrelationKeys("trace", "span", "flags");

	private final LoggerContext context = (LoggerContext) LogManager.getContext(false);

	private final String id = UUID.randomUUID().toString();

	@TempDir
	Path directory;

	private OtlpTestReceiver receiver;

	private OpenTelemetrySdk sdk;

	@BeforeEach
	void start() {
		this.receiver = OtlpTestReceiver.start();
		new Log4jAppenders(this.context).enableCorrelation(KEYS);
	}

	@AfterEach
	void stop() {
		new Log4jAppenders(this.context).uninstall();
		if (this.sdk != null) {
			this.sdk.close();
		}
		this.receiver.close();
	}

	@Test
	void programmaticInstallationCorrelatesTextAndExportsEveryRecordOnce() throws Exception {
		Path file = configure("/log4j2-text.xml");
		this.sdk = sdk(this.receiver);
		SpanContext ids = runWithExportAppender(new Log4jAppenders(this.context), this.sdk, this.id,
				new Backend(logger::info, logger::error, LogManager.getLogger(EXPORTER_LOGGER)::warn,
						ThreadContext::put, ThreadContext::remove));

		List<String> lines = Files.readAllLines(file);
		assertThat(lines).contains(ids.getTraceId() + " " + ids.getSpanId() + " " + ids.getTraceFlags().asHex() + " " + Thread.currentThread().getName()
				+ " in-span " + this.id, "   " + Thread.currentThread().getName() + " no-span " + this.id);
		assertThat(lines).anyMatch((line) -> line.startsWith(ids.getTraceId() + " " + ids.getSpanId() + " " + ids.getTraceFlags().asHex() + " pool-")
				&& line.endsWith("other-thread " + this.id));
		assertThat(lines).anyMatch((line) -> line.endsWith("exporter-line " + this.id));
		assertExportedOnce(this.receiver, this.sdk, this.id, ids, Log4jAppendersTests.class);
	}

	@Test
	void appenderDeclaredInLog4j2XmlIsInstalledAndNotAddedTwice() throws Exception {
		Path file = configure("/log4j2-otel.xml");
		this.sdk = sdk(this.receiver);
		runAndAssertWithDeclaredAppender(new Log4jAppenders(this.context), this.receiver, this.sdk, this.id,
				logger::info, file);
	}

	private Path configure(String resource) throws Exception {
		Path file = this.directory.resolve("app.log");
		System.setProperty("otel.test.log-file", file.toString());
		this.context.setConfigLocation(getClass().getResource(resource).toURI());
		return file;
	}

}
