package dev.otelspring.logging;

import java.util.Optional;

import dev.otelspring.logging.log4j.Log4jAppenders;
import dev.otelspring.logging.logback.LogbackAppenders;
import io.opentelemetry.api.OpenTelemetry;

/**
 * Trace correlation and OTLP export for the logging backend an application uses, without any
 * logging configuration to write. Works with or without Spring:
 * <pre class="code">
 * LogAppenders appenders = LogAppenders.detect().orElseThrow();
 * appenders.enableCorrelation(CorrelationKeys.fromSystemProperties());
 * appenders.addExportAppender(ExportSettings.DEFAULT); // records are kept until install
 * OpenTelemetrySdk sdk = ...;
 * appenders.install(sdk);
 * </pre>
 * An application that declares the OpenTelemetry appender in its own {@code logback.xml} or
 * {@code log4j2.xml} only calls {@link #install(OpenTelemetry)}.
 */
public interface LogAppenders {

	/**
	 * The instrumentation's name, as in {@code otel.instrumentation.<name>.enabled}.
	 * @return {@code logback-appender} or {@code log4j-appender}
	 */
	String instrumentationName();

	/**
	 * Puts the trace id, span id and trace flags of the span current when an event is logged into
	 * that event's MDC (Logback) or context data (Log4j2), under these keys. Calling it again
	 * changes the keys, except on Log4j2 once an event was logged inside a span.
	 * @param keys the keys
	 */
	void enableCorrelation(CorrelationKeys keys);

	/**
	 * Adds an OpenTelemetry export appender that receives every event (from the root logger and from
	 * each non-additive logger that has appenders), unless an OpenTelemetry appender is already
	 * configured: that one, declared by the user, is used instead, so no record is exported twice.
	 * Until {@link #install(OpenTelemetry)}, records are buffered.
	 * @param settings the buffer size and the MDC attributes to export
	 * @return whether an appender was added
	 */
	boolean addExportAppender(ExportSettings settings);

	/**
	 * Hands the SDK to every OpenTelemetry appender of the logging configuration, the user's and
	 * ours. Each first exports what it buffered, in order, then every new record.
	 * @param openTelemetry the SDK
	 */
	void install(OpenTelemetry openTelemetry);

	/**
	 * Removes the appender that {@link #addExportAppender(ExportSettings)} added, dropping what it
	 * still buffers, and points the user's OpenTelemetry appenders at the no-op SDK. Called when the
	 * SDK closes or will never come.
	 */
	void uninstall();

	/**
	 * The appenders for the backend that SLF4J (Logback) or the Log4j2 API is bound to.
	 * @return the appenders, or empty when neither Logback nor Log4j2 Core does the logging
	 */
	static Optional<LogAppenders> detect() {
		ClassLoader classLoader = LogAppenders.class.getClassLoader();
		if (isPresent("ch.qos.logback.classic.LoggerContext", classLoader)
				&& isPresent("io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender", classLoader)
				&& LogbackAppenders.isActive()) {
			return Optional.of(LogbackAppenders.forCurrentContext());
		}
		if (isPresent("org.apache.logging.log4j.core.LoggerContext", classLoader)
				&& isPresent("io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender", classLoader)
				&& Log4jAppenders.isActive()) {
			return Optional.of(Log4jAppenders.forCurrentContext());
		}
		return Optional.empty();
	}

	private static boolean isPresent(String className, ClassLoader classLoader) {
		try {
			Class.forName(className, false, classLoader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
