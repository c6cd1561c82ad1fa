package dev.otelspring.smoke.log4j2;

import dev.otelspring.autoconfigure.logging.shared.AbstractWebFluxLoggingTests;

/**
 * A WebFlux application on Log4j2, text on the console and Logstash JSON in a file: lines logged
 * in a handler and in a Reactor operator on another thread carry the SERVER span.
 */
class Log4j2WebFluxSmokeTests extends AbstractWebFluxLoggingTests {

	Log4j2WebFluxSmokeTests() {
		super(Log4j2Backend.LOG4J2);
	}

}
