package dev.otelspring.autoconfigure.logging;

import dev.otelspring.autoconfigure.logging.shared.AbstractWebFluxLoggingTests;

/**
 * A WebFlux application on Logback, text on the console and Logstash JSON in a file: lines logged
 * in a handler and in a Reactor operator on another thread carry the SERVER span.
 */
class LogbackWebFluxIntegrationTests extends AbstractWebFluxLoggingTests {

	LogbackWebFluxIntegrationTests() {
		super(LogbackBackend.LOGBACK);
	}

}
