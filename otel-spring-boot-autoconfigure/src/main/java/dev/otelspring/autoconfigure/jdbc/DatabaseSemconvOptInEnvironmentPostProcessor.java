package dev.otelspring.autoconfigure.jdbc;

import dev.otelspring.autoconfigure.instrumentation.InstrumentationSwitch;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Applies {@link DatabaseSemconvOptIn} as soon as the environment is ready, before any bean, log
 * appender or library can make the instrumentation API read its once-per-JVM opt-in. The
 * auto-configuration applies it again for contexts built without a {@code SpringApplication}.
 */
class DatabaseSemconvOptInEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		ClassLoader classLoader = getClass().getClassLoader();
		if (ClassUtils.isPresent("io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry", classLoader)
				&& InstrumentationSwitch.isEnabled(environment, "jdbc")) {
			DatabaseSemconvOptIn.apply(environment);
		}
	}

}
