package dev.otelspring.logging.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.ExportSettings;
import dev.otelspring.logging.LogAppenders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.slf4j.LoggerFactory;

/**
 * {@link LogAppenders} for Logback: the MDC through {@link LogbackCorrelation}, export through
 * {@link OpenTelemetryLogbackAppender}.
 */
public final class LogbackAppenders implements LogAppenders {

	/** The name of the export appender that {@link #addExportAppender(ExportSettings)} adds. */
	public static final String EXPORT_APPENDER_NAME = "OTEL_EXPORT";

	private final LoggerContext context;

	public LogbackAppenders(LoggerContext context) {
		this.context = context;
	}

	/**
	 * Whether SLF4J logs through Logback.
	 * @return {@code true} when SLF4J is bound to a Logback {@link LoggerContext}
	 */
	public static boolean isActive() {
		return LoggerFactory.getILoggerFactory() instanceof LoggerContext;
	}

	/**
	 * The appenders of the {@link LoggerContext} that SLF4J is bound to.
	 * @return the appenders of the context that {@link #isActive()} found
	 */
	public static LogbackAppenders forCurrentContext() {
		return new LogbackAppenders((LoggerContext) LoggerFactory.getILoggerFactory());
	}

	@Override
	public String instrumentationName() {
		return "logback-appender";
	}

	@Override
	public void enableCorrelation(CorrelationKeys keys) {
		new LogbackCorrelation(this.context).enable(keys);
	}

	@Override
	public boolean addExportAppender(ExportSettings settings) {
		LogbackAppenderTree tree = new LogbackAppenderTree(this.context);
		if (!tree.exportAppenders().isEmpty()) {
			return false;
		}
		OpenTelemetryLogbackAppender appender = new OpenTelemetryLogbackAppender();
		appender.setContext(this.context);
		appender.setName(EXPORT_APPENDER_NAME);
		appender.setNumLogsCapturedBeforeOtelInstall(settings.startupBufferSize());
		appender.setCaptureMdcAttributes(settings.captureMdcAttributesSetting());
		appender.start();
		tree.terminalLoggers().forEach((logger) -> logger.addAppender(appender));
		return true;
	}

	@Override
	public void install(OpenTelemetry openTelemetry) {
		// Buffered records are replayed on this thread, and the appender takes the trace of the
		// current context: the root one, so none gets the trace of whatever called install().
		try (Scope scope = Context.root().makeCurrent()) {
			new LogbackAppenderTree(this.context).exportAppenders()
				.forEach((appender) -> appender.setOpenTelemetry(openTelemetry));
		}
	}

	@Override
	public void uninstall() {
		for (Logger logger : this.context.getLoggerList()) {
			LogbackCorrelation.attached(logger).forEach((appender) -> {
				if (appender instanceof OpenTelemetryLogbackAppender && EXPORT_APPENDER_NAME.equals(appender.getName())) {
					logger.detachAppender(appender);
					appender.stop();
				}
			});
		}
		install(OpenTelemetry.noop());
	}

}
