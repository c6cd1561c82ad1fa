package dev.otelspring.autoconfigure.logging;

import java.util.Collection;

import ch.qos.logback.core.Appender;
import dev.otelspring.autoconfigure.logging.shared.AbstractUserConfigurationLoggingTests;

/**
 * A user's own Logback configuration, which declares the OpenTelemetry appender itself: it keeps
 * working as written, gets the trace ids, and its appender is used rather than a second one added.
 */
class LogbackUserConfigurationIntegrationTests extends AbstractUserConfigurationLoggingTests {

	LogbackUserConfigurationIntegrationTests() {
		super(LogbackBackend.LOGBACK, "classpath:logging/logback-user.xml");
	}

	@Override
	protected Collection<String> appenderNames() {
		return LogbackBackend.rootAppenders().stream().map(Appender::getName).toList();
	}

}
