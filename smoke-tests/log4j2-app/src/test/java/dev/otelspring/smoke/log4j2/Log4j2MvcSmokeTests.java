package dev.otelspring.smoke.log4j2;

import dev.otelspring.autoconfigure.logging.shared.AbstractMvcLoggingTests;
import io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender;
import org.apache.logging.log4j.core.Appender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application on Log4j2 with Spring Boot's default logging configuration, the text
 * console and ECS JSON in a file, and no logging setting of ours: one request yields a console
 * line, a JSON line and an OTLP record, each with the trace of the request's SERVER span.
 */
class Log4j2MvcSmokeTests extends AbstractMvcLoggingTests {

	Log4j2MvcSmokeTests() {
		super(Log4j2Backend.LOG4J2);
	}

	@Test
	void oneExportAppenderIsAddedToTheRootLogger() {
		assertThat(Log4j2Backend.configuration().getRootLogger().getAppenders()).containsOnlyKeys("Console", "File",
				"OTEL_EXPORT");
		assertThat(Log4j2Backend.configuration().getAppenders().values())
			.filteredOn(OpenTelemetryAppender.class::isInstance)
			.extracting(Appender::getName)
			.containsExactly("OTEL_EXPORT");
	}

}
