package dev.otelspring.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;

import static dev.otelspring.logging.TestTelemetry.awaitBodies;
import static dev.otelspring.logging.TestTelemetry.single;
import static dev.otelspring.logging.TestTelemetry.withBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programs of the tests without Spring, and what every backend must export of them, written
 * once: each backend's test hands them that backend's own logging API, and checks on top what only
 * that backend shows.
 */
public final class LoggingProgram {

	/** The logger of the SDK's OTLP exporter: its lines must never be exported. */
	public static final String EXPORTER_LOGGER = "io.opentelemetry.exporter.internal.http.HttpExporter";

	private LoggingProgram() {
	}

	/**
	 * Adds the export appender, once, logs a line before the SDK is installed, installs it, then
	 * logs in a span with a {@code tenant} entry in the context map, on another thread in that span,
	 * an error outside any span, and a warning of the SDK's exporter.
	 * @return the span
	 */
	public static SpanContext runWithExportAppender(LogAppenders appenders, OpenTelemetrySdk sdk, String id,
			Backend backend) throws Exception {
		assertThat(appenders.addExportAppender(new ExportSettings(100, List.of("tenant")))).isTrue();
		assertThat(appenders.addExportAppender(ExportSettings.DEFAULT)).as("a second export appender").isFalse();
		backend.info().log("before-sdk {}", id);

		appenders.install(sdk);
		Span span = sdk.getTracer("test").spanBuilder("work").startSpan();
		ExecutorService executor = Context.taskWrapping(Executors.newSingleThreadExecutor());
		try (Scope scope = span.makeCurrent()) {
			backend.putContext().accept("tenant", "acme");
			backend.info().log("in-span {}", id);
			backend.removeContext().accept("tenant");
			executor.submit(() -> backend.info().log("other-thread {}", id)).get(10, TimeUnit.SECONDS);
		}
		finally {
			span.end();
			executor.shutdown();
		}
		backend.error().log("no-span {}", id, new IllegalStateException("broken"));
		backend.exporterWarning().log("exporter-line {}", id);
		return span.getSpanContext();
	}

	/**
	 * Checks what every backend exports of {@link #runWithExportAppender}: each record once, with
	 * the trace of the span it was logged in, if any.
	 * @return the records, for what only one backend checks
	 */
	public static List<ReceivedLogRecord> assertExportedOnce(OtlpTestReceiver receiver, OpenTelemetrySdk sdk,
			String id, SpanContext span, Class<?> loggerClass) {
		List<ReceivedLogRecord> logs = awaitBodies(receiver, sdk, "before-sdk " + id, "in-span " + id,
				"other-thread " + id, "no-span " + id);
		ReceivedLogRecord inSpan = single(logs, "in-span " + id);
		assertThat(inSpan.traceId()).isEqualTo(span.getTraceId());
		assertThat(inSpan.spanId()).isEqualTo(span.getSpanId());
		assertThat(inSpan.severityText()).isEqualTo("INFO");
		assertThat(inSpan.scopeName()).isEqualTo(loggerClass.getName());
		assertThat(inSpan.attributes()).containsEntry("thread.name", Thread.currentThread().getName())
			.containsEntry("tenant", "acme");
		assertThat(single(logs, "other-thread " + id).traceId()).isEqualTo(span.getTraceId());
		ReceivedLogRecord noSpan = single(logs, "no-span " + id);
		assertThat(noSpan.traceId()).isEmpty();
		assertThat(noSpan.severityText()).isEqualTo("ERROR");
		assertThat(noSpan.attributes()).containsEntry("exception.type", IllegalStateException.class.getName())
			.containsEntry("exception.message", "broken");
		assertThat((String) noSpan.attribute("exception.stacktrace")).contains("IllegalStateException: broken");
		assertThat(single(logs, "before-sdk " + id).traceId()).isEmpty();
		// Exported, the SDK's own complaints would feed the pipeline they report on.
		assertThat(withBody(logs, "exporter-line " + id)).isEmpty();
		return logs;
	}

	/**
	 * With the OpenTelemetry appender declared in the backend's own configuration, whose file
	 * pattern is {@code trace_id=<trace id> <message>}: no export appender is added, the declared
	 * one exports a line logged before the SDK is installed and one logged in a span, and the file
	 * has both, with their trace ids.
	 */
	public static void runAndAssertWithDeclaredAppender(LogAppenders appenders, OtlpTestReceiver receiver,
			OpenTelemetrySdk sdk, String id, Log info, Path file) throws IOException {
		assertThat(appenders.addExportAppender(ExportSettings.DEFAULT)).isFalse();
		info.log("before-sdk {}", id);
		appenders.install(sdk);
		Span span = sdk.getTracer("test").spanBuilder("work").startSpan();
		try (Scope scope = span.makeCurrent()) {
			info.log("in-span {}", id);
		}
		finally {
			span.end();
		}

		List<ReceivedLogRecord> logs = awaitBodies(receiver, sdk, "before-sdk " + id, "in-span " + id);
		assertThat(single(logs, "in-span " + id).spanId()).isEqualTo(span.getSpanContext().getSpanId());
		assertThat(Files.readAllLines(file))
			.contains("trace_id=" + span.getSpanContext().getTraceId() + " in-span " + id, "trace_id= before-sdk " + id);
	}

	/**
	 * How a program logs through one backend's own API: at INFO and ERROR under its own logger, at
	 * WARN under the {@link #EXPORTER_LOGGER exporter's}, and what it puts in the backend's own
	 * context map (Logback's MDC, Log4j2's ThreadContext).
	 */
	public record Backend(Log info, ErrorLog error, Log exporterWarning, BiConsumer<String, String> putContext,
			Consumer<String> removeContext) {
	}

	/** A logger's method for one level, such as {@code logger::info}. */
	@FunctionalInterface
	public interface Log {

		void log(String format, Object argument);

	}

	/** A logger's method for one level, with an exception, such as {@code logger::error}. */
	@FunctionalInterface
	public interface ErrorLog {

		void log(String format, Object argument, Throwable exception);

	}

}
