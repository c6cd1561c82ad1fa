package dev.otelspring.autoconfigure.logging;

import java.util.List;

import ch.qos.logback.core.Appender;
import dev.otelspring.autoconfigure.logging.shared.AbstractMvcLoggingTests;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application on Logback with Spring Boot's default logging configuration, the text
 * console and ECS JSON in a file, and no logging setting of ours: one request yields a console
 * line, a JSON line and an OTLP record, each with the trace of the request's SERVER span.
 */
class LogbackMvcIntegrationTests extends AbstractMvcLoggingTests {

	LogbackMvcIntegrationTests() {
		super(LogbackBackend.LOGBACK);
	}

	@Test
	void everyAppenderIsCorrelatedOnceAndOneExportAppenderIsAdded() {
		List<Appender<?>> root = LogbackBackend.rootAppenders();
		assertThat(root).extracting(Appender::getName).containsExactly("CONSOLE", "FILE", "OTEL_EXPORT");
		assertThat(root.subList(0, 2)).allMatch(OpenTelemetryAppender.class::isInstance);
		// Boot's traceId/spanId MDC writer stands down: ours covers every span.
		assertThat(context().getBeanProvider(Slf4JEventListener.class).getIfAvailable()).isNull();
	}

}
