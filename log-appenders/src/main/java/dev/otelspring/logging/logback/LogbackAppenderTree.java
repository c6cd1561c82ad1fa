package dev.otelspring.logging.logback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.AppenderAttachable;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;

/**
 * The appenders of a Logback configuration as events reach them.
 */
final class LogbackAppenderTree {

	private final LoggerContext context;

	LogbackAppenderTree(LoggerContext context) {
		this.context = context;
	}

	/**
	 * Every OpenTelemetry export appender attached anywhere, including inside wrappers such as an
	 * {@code AsyncAppender}: any of them, declared by the user or added by us, means records are
	 * already exported.
	 */
	List<OpenTelemetryAppender> exportAppenders() {
		Set<OpenTelemetryAppender> found = new LinkedHashSet<>();
		for (Logger logger : this.context.getLoggerList()) {
			collect(logger, found);
		}
		return new ArrayList<>(found);
	}

	/**
	 * The loggers where an event's trip ends: the root, and each non-additive logger that has
	 * appenders. An appender attached to all of them sees every event exactly once. Non-additive
	 * loggers without appenders are left alone, since their events are meant to go nowhere.
	 */
	List<Logger> terminalLoggers() {
		List<Logger> loggers = new ArrayList<>();
		loggers.add(this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
		for (Logger logger : this.context.getLoggerList()) {
			if (!logger.isAdditive() && logger.iteratorForAppenders().hasNext() && !loggers.contains(logger)) {
				loggers.add(logger);
			}
		}
		return loggers;
	}

	private static void collect(AppenderAttachable<ILoggingEvent> attachable, Set<OpenTelemetryAppender> found) {
		attachable.iteratorForAppenders().forEachRemaining((Appender<ILoggingEvent> appender) -> {
			if (appender instanceof OpenTelemetryAppender export) {
				found.add(export);
			}
			else if (appender instanceof AppenderAttachable<?> nested) {
				@SuppressWarnings("unchecked")
				AppenderAttachable<ILoggingEvent> children = (AppenderAttachable<ILoggingEvent>) nested;
				collect(children, found);
			}
		});
	}

}
