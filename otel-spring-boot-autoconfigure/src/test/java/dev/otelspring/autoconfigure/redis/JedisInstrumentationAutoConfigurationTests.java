package dev.otelspring.autoconfigure.redis;

import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

class JedisInstrumentationAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JedisInstrumentationAutoConfiguration.class,
				DataRedisAutoConfiguration.class))
		.withPropertyValues("spring.data.redis.client-type=jedis")
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void tracesTheConnectionFactoryWhichKeepsItsType() {
		this.runner.run((context) -> {
			RedisConnectionFactory factory = context.getBean(RedisConnectionFactory.class);
			assertThat(factory).isInstanceOf(JedisConnectionFactory.class);
			assertThat(TracedJedisConnectionFactory.isTraced(factory)).isTrue();
			assertThat(context.getBean(JedisConnectionFactory.class)).isSameAs(factory);
		});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.redis.enabled=false")
			.run((context) -> assertThat(
					TracedJedisConnectionFactory.isTraced(context.getBean(RedisConnectionFactory.class)))
				.isFalse());
	}

	@Test
	void backsOffWithoutJedis() {
		this.runner.withClassLoader(new FilteredClassLoader(Jedis.class))
			.withPropertyValues("spring.data.redis.client-type=lettuce")
			.run((context) -> assertThat(context).doesNotHaveBean("otelJedisConnectionFactoryBeanPostProcessor"));
	}

}
