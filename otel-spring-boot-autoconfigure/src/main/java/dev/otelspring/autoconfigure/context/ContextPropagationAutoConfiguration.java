package dev.otelspring.autoconfigure.context;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.micrometer.context.ContextRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the current span across thread hops: Reactor operators, and Micrometer context snapshots
 * (which Boot's executors, hence {@code @Async} and virtual threads, restore).
 * <p>
 * Executors are covered by {@link OpenTelemetryContextAccessor} and
 * {@link ContextPropagationDefaultsEnvironmentPostProcessor}; Reactor needs its own hook, because
 * an operator chain runs long after, and far from, the thread that assembled it.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration")
public final class ContextPropagationAutoConfiguration {

	ContextPropagationAutoConfiguration() {
	}

	// Not behind the executors switch: the accessor is registered whatever it says (it is a
	// service), and anything that restores snapshots, Reactor included, needs it in this order.
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.context.ContextRegistry")
	static class ContextSnapshotConfiguration {

		@Bean
		ContextAccessorOrdering otelContextAccessorOrdering() {
			return new ContextAccessorOrdering(ContextRegistry.getInstance());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "reactor.core.publisher.Hooks",
			"io.opentelemetry.instrumentation.reactor.v3_1.ContextPropagationOperator" })
	@ConditionalOnEnabledInstrumentation("reactor")
	static class ReactorConfiguration {

		@Bean
		ReactorContextPropagationHook otelReactorContextPropagationHook() {
			return new ReactorContextPropagationHook();
		}

	}

}
