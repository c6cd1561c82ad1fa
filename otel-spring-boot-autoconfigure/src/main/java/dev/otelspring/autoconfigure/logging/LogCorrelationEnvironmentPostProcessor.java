package dev.otelspring.autoconfigure.logging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Makes Spring Boot's default console and file patterns print our trace and span ids, through the
 * {@code logging.pattern.correlation} default, in the look of Boot's own
 * ({@code [<trace id>-<span id>] }).
 * <p>
 * Why: Boot's default correlation pattern reads the {@code traceId} and {@code spanId} MDC keys of
 * Micrometer's {@code Slf4JEventListener}, which fills them only when Boot's own OpenTelemetry module
 * publishes context events, and which stands down while ours are active. Added last, so a pattern
 * the user sets wins. Runs before the logging system is initialized, which reads the property.
 */
class LogCorrelationEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "otelLogCorrelation";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent(EnabledLogAppenders.REQUIRED_CLASS, application.getClassLoader())
				|| environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		EnabledLogAppenders.correlationPattern(environment)
			.ifPresent((pattern) -> environment.getPropertySources()
				.addLast(new MapPropertySource(SOURCE_NAME, Map.of("logging.pattern.correlation", pattern))));
	}

}
