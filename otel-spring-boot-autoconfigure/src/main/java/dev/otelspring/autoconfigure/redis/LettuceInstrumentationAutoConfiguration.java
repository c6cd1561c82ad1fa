package dev.otelspring.autoconfigure.redis;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.lettuce.core.RedisClient;
import io.lettuce.core.tracing.Tracing;
import io.opentelemetry.api.OpenTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * One CLIENT span per Redis command sent through Lettuce, installed as the {@link Tracing} of the
 * {@code ClientResources} that Boot builds.
 * <p>
 * Why exactly one span although Boot traces Lettuce too: Boot's
 * {@code LettuceObservationAutoConfiguration} installs Lettuce's Micrometer tracing through a
 * customizer of the same builder, and Lettuce keeps one tracing only. Ours is ordered last and
 * registered after Boot's, so it replaces Boot's: no Lettuce Observation is made at all.
 */
@AutoConfiguration(
		afterName = { "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration",
				"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration" },
		beforeName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass({ RedisClient.class, ClientResourcesBuilderCustomizer.class })
@ConditionalOnEnabledInstrumentation("redis")
public final class LettuceInstrumentationAutoConfiguration {

	LettuceInstrumentationAutoConfiguration() {
	}

	// A bean, so that ClientResources built by hand can use it too, and a user's own wins.
	@Bean
	@ConditionalOnMissingBean
	Tracing otelLettuceTracing(OpenTelemetry openTelemetry, ObjectProvider<DataRedisConnectionDetails> details) {
		return new OpenTelemetryLettuceTracing(new RedisCommandSpans(openTelemetry),
				() -> configuredDatabase(details.getIfAvailable()));
	}

	// Equal orders keep registration order, and this configuration comes after Boot's.
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ClientResourcesBuilderCustomizer otelLettuceTracingCustomizer(Tracing tracing) {
		return (builder) -> builder.tracing(tracing);
	}

	private static long configuredDatabase(DataRedisConnectionDetails details) {
		if (details != null && details.getStandalone() != null) {
			return details.getStandalone().getDatabase();
		}
		return (details != null && details.getSentinel() != null) ? details.getSentinel().getDatabase() : 0;
	}

}
