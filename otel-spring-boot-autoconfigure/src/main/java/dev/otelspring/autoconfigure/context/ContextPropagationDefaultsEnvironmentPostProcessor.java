package dev.otelspring.autoconfigure.context;

import java.util.Map;

import dev.otelspring.autoconfigure.instrumentation.InstrumentationSwitch;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * Turns on Spring Boot's context propagation for its task executors by default, so a trace
 * carries into {@code @Async} methods, {@code applicationTaskExecutor} tasks and virtual
 * threads with no setting. Switched off with {@code otel.instrumentation.executors.enabled=false}.
 * <p>
 * The value is merged into Boot's {@code defaultProperties}, the source Boot ranks lowest, and
 * only when the user's own default properties ({@code SpringApplication.setDefaultProperties})
 * leave it unset: a source of our own, even added last, would rank above those, because Boot
 * moves {@code defaultProperties} behind every other source after the post-processors ran.
 */
class ContextPropagationDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPAGATE_CONTEXT = "spring.task.execution.propagate-context";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		MutablePropertySources sources = environment.getPropertySources();
		PropertySource<?> defaults = sources.get(DefaultPropertiesPropertySource.NAME);
		if (!ClassUtils.isPresent("io.micrometer.context.ContextSnapshotFactory", getClass().getClassLoader())
				|| !InstrumentationSwitch.isEnabled(environment, "executors")
				|| (defaults != null && defaults.containsProperty(PROPAGATE_CONTEXT))) {
			return;
		}
		DefaultPropertiesPropertySource.addOrMerge(Map.of(PROPAGATE_CONTEXT, "true"), sources);
	}

}
