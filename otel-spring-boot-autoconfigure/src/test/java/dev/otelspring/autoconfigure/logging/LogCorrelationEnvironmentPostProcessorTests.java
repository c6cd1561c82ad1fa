package dev.otelspring.autoconfigure.logging;

import java.util.Map;

import dev.otelspring.logging.LogAppenders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default {@code logging.pattern.correlation}, which Boot's console and file patterns include.
 */
class LogCorrelationEnvironmentPostProcessorTests {

	private static final String PATTERN = "logging.pattern.correlation";

	private final SpringApplication application = new SpringApplication();

	@Test
	void defaultPatternIsBootsLookOnTheOpenTelemetryKeys() {
		assertThat(postProcess(Map.of())).isEqualTo("%correlationId{trace_id(32),span_id(16)}");
	}

	@Test
	void followsConfiguredKeys() {
		assertThat(postProcess(Map.of("otel.instrumentation.common.logging.trace-id", "traceId",
				"otel.instrumentation.common.logging.span-id", "spanId")))
			.isEqualTo("%correlationId{traceId(32),spanId(16)}");
	}

	@Test
	void aPatternTheUserSetsWins() {
		assertThat(postProcess(Map.of(PATTERN, "[%X{trace_id}] "))).isEqualTo("[%X{trace_id}] ");
	}

	@Test
	void switchedOffLeavesBootsDefault() {
		assertThat(postProcess(Map.of("otel.instrumentation.logback-appender.enabled", "false"))).isNull();
	}

	@Test
	void withoutLogAppendersLeavesBootsDefault() {
		this.application.setResourceLoader(new DefaultResourceLoader(new FilteredClassLoader(LogAppenders.class)));
		assertThat(postProcess(Map.of())).isNull();
	}

	private String postProcess(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new LogCorrelationEnvironmentPostProcessor().postProcessEnvironment(environment, this.application);
		return environment.getProperty(PATTERN);
	}

}
