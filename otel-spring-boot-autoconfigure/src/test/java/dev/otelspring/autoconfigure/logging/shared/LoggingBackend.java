package dev.otelspring.autoconfigure.logging.shared;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a logging test does differently on each backend. An application on Log4j2 logs through
 * the Log4j2 API as well as through SLF4J, and puts entries in its {@code ThreadContext} rather
 * than in SLF4J's MDC; the backend's OpenTelemetry appender has settings of its own.
 *
 * @param appenderSettings the prefix of the settings of the backend's OpenTelemetry appender
 * @param loggers the INFO method of the backend's own logger of each name
 * @param putContext puts an entry in the backend's own context map
 * @param removeContext removes an entry from it
 */
public record LoggingBackend(String appenderSettings, Function<String, Log> loggers,
		BiConsumer<String, String> putContext, Consumer<String> removeContext) {

	/** Logs at INFO, under the logger of that name, through the backend's own API. */
	public void info(String loggerName, String format, Object argument) {
		this.loggers.apply(loggerName).log(format, argument);
	}

	/** Runs the action with the entry in the backend's own context map, and removes it after. */
	public void withContext(String key, String value, Runnable action) {
		this.putContext.accept(key, value);
		try {
			action.run();
		}
		finally {
			this.removeContext.accept(key);
		}
	}

	/** A logger's method for one level, such as {@code logger::info}. */
	@FunctionalInterface
	public interface Log {

		void log(String format, Object argument);

	}

}
