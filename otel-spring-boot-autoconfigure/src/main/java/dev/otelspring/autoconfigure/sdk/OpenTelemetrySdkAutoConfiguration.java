package dev.otelspring.autoconfigure.sdk;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The application's one OpenTelemetry SDK (tracer, meter and logger providers, propagators),
 * configured by {@code otel.*} properties with the specification's names.
 * <p>
 * Spring Boot's own SDK auto-configurations are removed by {@link BootSdkAutoConfigurationFilter}
 * rather than backed off bean by bean: Boot registers its batch processor, exporters and sampler
 * as separate beans, which would otherwise run beside ours, orphaned.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
@ConditionalOnClass({ OpenTelemetrySdk.class, AutoConfiguredOpenTelemetrySdk.class })
public final class OpenTelemetrySdkAutoConfiguration {

	static final String SDK_DISABLED = "otel.sdk.disabled";

	OpenTelemetrySdkAutoConfiguration() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SDK_DISABLED, havingValue = "false", matchIfMissing = true)
	static class EnabledSdkConfiguration {

		// close() flushes every signal, bounded: the exporters give up after their own timeout.
		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean(OpenTelemetry.class)
		OpenTelemetrySdk openTelemetry(ConfigurableEnvironment environment, ConfigurableListableBeanFactory beans) {
			ClassLoader classLoader = (beans.getBeanClassLoader() != null) ? beans.getBeanClassLoader()
					: getClass().getClassLoader();
			return new OpenTelemetrySdkFactory(OtelEnvironmentProperties.resolve(environment),
					UserTelemetryBeans.from(beans), classLoader)
				.create();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SDK_DISABLED, havingValue = "true")
	static class DisabledSdkConfiguration {

		// Instrumentations still find an OpenTelemetry and cost next to nothing.
		@Bean
		@ConditionalOnMissingBean(OpenTelemetry.class)
		OpenTelemetry openTelemetry() {
			return OpenTelemetry.noop();
		}

	}

}
