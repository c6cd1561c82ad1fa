package dev.otelspring.autoconfigure.redis;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.opentelemetry.api.OpenTelemetry;
import redis.clients.jedis.Jedis;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

/**
 * One CLIENT span per Redis command sent through Spring Data Redis with Jedis. Jedis has no
 * tracing hook, so every {@link JedisConnectionFactory} bean hands out traced connections.
 * Commands sent on the native {@code Jedis} object itself are not seen.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration")
@ConditionalOnClass({ JedisConnectionFactory.class, Jedis.class })
@ConditionalOnEnabledInstrumentation("redis")
public final class JedisInstrumentationAutoConfiguration {

	JedisInstrumentationAutoConfiguration() {
	}

	// Static and lazy: a post-processor is created before ordinary beans, and resolving the
	// OpenTelemetry SDK that early would exclude them from post-processing.
	@Bean
	static BeanPostProcessor otelJedisConnectionFactoryBeanPostProcessor(ObjectProvider<OpenTelemetry> openTelemetry) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JedisConnectionFactory factory && !TracedJedisConnectionFactory.isTraced(factory)) {
					return TracedJedisConnectionFactory.create(factory,
							new RedisCommandSpans(openTelemetry.getObject()));
				}
				return bean;
			}

		};
	}

}
