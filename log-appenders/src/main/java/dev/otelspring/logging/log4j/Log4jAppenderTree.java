package dev.otelspring.logging.log4j;

import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;

/**
 * The appenders of a Log4j2 configuration as events reach them.
 */
final class Log4jAppenderTree {

	private final Configuration config;

	Log4jAppenderTree(Configuration config) {
		this.config = config;
	}

	/**
	 * Every OpenTelemetry export appender of the configuration. Any of them, declared by the user or
	 * added by us, means records are already exported. Appenders that wrap others (an
	 * {@code Async} appender) refer to them by name, so all are here.
	 */
	List<OpenTelemetryAppender> exportAppenders() {
		return this.config.getAppenders()
			.values()
			.stream()
			.filter(OpenTelemetryAppender.class::isInstance)
			.map(OpenTelemetryAppender.class::cast)
			.toList();
	}

	/**
	 * The loggers where an event's trip ends: the root, and each non-additive logger that has
	 * appenders. An appender attached to all of them sees every event exactly once. Non-additive
	 * loggers without appenders are left alone, since their events are meant to go nowhere.
	 */
	List<LoggerConfig> terminalLoggers() {
		List<LoggerConfig> loggers = new ArrayList<>(List.of(this.config.getRootLogger()));
		for (LoggerConfig logger : this.config.getLoggers().values()) {
			if (!logger.isAdditive() && !logger.getAppenders().isEmpty() && !loggers.contains(logger)) {
				loggers.add(logger);
			}
		}
		return loggers;
	}

}
