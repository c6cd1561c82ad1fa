package dev.otelspring.autoconfigure.redis;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.tracing.MicrometerTracing;
import io.lettuce.core.tracing.Tracing;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LettuceInstrumentationAutoConfigurationTests {

	// With Boot's Lettuce observation, which installs Lettuce's Micrometer tracing on the same builder.
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
				LettuceObservationAutoConfiguration.class, LettuceInstrumentationAutoConfiguration.class,
				DataRedisAutoConfiguration.class))
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void replacesBootsMicrometerTracingOfLettuce() {
		this.runner.run((context) -> assertThat(context.getBean(ClientResources.class).tracing())
			.isInstanceOf(OpenTelemetryLettuceTracing.class)
			.isSameAs(context.getBean(Tracing.class)));
	}

	@Test
	void leavesBootsTracingWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.redis.enabled=false")
			.run((context) -> assertThat(context.getBean(ClientResources.class).tracing())
				.isInstanceOf(MicrometerTracing.class));
	}

	@Test
	void leavesBootsTracingWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.run((context) -> assertThat(context.getBean(ClientResources.class).tracing())
				.isInstanceOf(MicrometerTracing.class));
	}

	@Test
	void backsOffWithoutBootsRedisSupport() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LettuceInstrumentationAutoConfiguration.class))
			.withBean(OpenTelemetry.class, OpenTelemetry::noop)
			.withClassLoader(new FilteredClassLoader(ClientResourcesBuilderCustomizer.class))
			.run((context) -> assertThat(context).doesNotHaveBean("otelLettuceTracing")
				.doesNotHaveBean("otelLettuceTracingCustomizer"));
	}

	@Test
	void installsTheUsersTracing() {
		this.runner.withBean("ownTracing", Tracing.class, Tracing::disabled)
			.run((context) -> assertThat(context.getBean(ClientResources.class).tracing())
				.isSameAs(context.getBean("ownTracing")));
	}

}
