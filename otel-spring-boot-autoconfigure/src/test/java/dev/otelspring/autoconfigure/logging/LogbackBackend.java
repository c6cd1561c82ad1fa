package dev.otelspring.autoconfigure.logging;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import dev.otelspring.autoconfigure.logging.shared.LoggingBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logback as the logging tests drive and inspect it.
 */
final class LogbackBackend {

	/** Logback, whose own API is SLF4J's. */
	static final LoggingBackend LOGBACK = new LoggingBackend("otel.instrumentation.logback-appender",
			(name) -> LoggerFactory.getLogger(name)::info, MDC::put, MDC::remove);

	private LogbackBackend() {
	}

	/** The appenders of the root logger, in the order they were added. */
	static List<Appender<?>> rootAppenders() {
		LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
		List<Appender<?>> appenders = new ArrayList<>();
		logback.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);
		return appenders;
	}

}
