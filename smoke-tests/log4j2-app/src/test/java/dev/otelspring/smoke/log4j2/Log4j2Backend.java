package dev.otelspring.smoke.log4j2;

import dev.otelspring.autoconfigure.logging.shared.LoggingBackend;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;

/**
 * Log4j2 as the logging tests drive and inspect it.
 */
final class Log4j2Backend {

	/** Log4j2 through its own API, as an application on it would log, not through SLF4J's bridge. */
	static final LoggingBackend LOG4J2 = new LoggingBackend("otel.instrumentation.log4j-appender",
			(name) -> LogManager.getLogger(name)::info, ThreadContext::put, ThreadContext::remove);

	private Log4j2Backend() {
	}

	static Configuration configuration() {
		return ((LoggerContext) LogManager.getContext(false)).getConfiguration();
	}

}
