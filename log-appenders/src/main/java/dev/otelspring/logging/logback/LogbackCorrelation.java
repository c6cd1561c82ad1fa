package dev.otelspring.logging.logback;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.AppenderAttachable;
import dev.otelspring.logging.CorrelationKeys;

/**
 * Wraps each appender attached to a logger in a {@link CorrelatingAppender}, so that whatever the
 * appender writes (a pattern's {@code %X{trace_id}}, Spring Boot's correlation pattern, a JSON
 * encoder's MDC fields) sees the ids.
 * <p>
 * Why one wrapper per appender, under that appender's name: each logger keeps as many appenders,
 * and a lookup by name still leads to the same output. Why not only the root's:
 * events of a non-additive logger never reach the root. The export appender is not wrapped: it
 * reads the context itself.
 */
final class LogbackCorrelation {

	private final LoggerContext context;

	LogbackCorrelation(LoggerContext context) {
		this.context = context;
	}

	void enable(CorrelationKeys keys) {
		for (Logger logger : this.context.getLoggerList()) {
			for (Appender<ILoggingEvent> appender : attached(logger)) {
				if (appender instanceof CorrelatingAppender ours) {
					ours.use(keys);
				}
				else if (!(appender instanceof io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender)
						&& !(appender instanceof io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender)) {
					wrap(logger, appender, keys);
				}
			}
		}
	}

	// The wrapper comes before the original goes, so no event on another thread misses the output.
	private void wrap(Logger logger, Appender<ILoggingEvent> appender, CorrelationKeys keys) {
		CorrelatingAppender wrapper = new CorrelatingAppender(keys);
		wrapper.setContext(this.context);
		wrapper.setName(appender.getName());
		wrapper.addAppender(appender);
		wrapper.start();
		logger.addAppender(wrapper);
		logger.detachAppender(appender);
	}

	static List<Appender<ILoggingEvent>> attached(AppenderAttachable<ILoggingEvent> attachable) {
		List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
		attachable.iteratorForAppenders().forEachRemaining(appenders::add);
		return appenders;
	}

}
