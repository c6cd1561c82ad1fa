package dev.otelspring.autoconfigure.web.client;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestTemplate;

/**
 * One CLIENT span per {@link RestTemplate} call, whether the template comes from Boot's
 * {@code RestTemplateBuilder} or from {@code new RestTemplate()}.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration",
		beforeName = "org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration")
@ConditionalOnClass({ SpringWebTelemetry.class, RestTemplate.class })
@ConditionalOnEnabledInstrumentation("spring-web")
@Import(SpringWebTelemetryConfiguration.class)
public final class RestTemplateInstrumentationAutoConfiguration {

	// Static, and the telemetry only looked up when a RestTemplate appears: post-processors are
	// created before ordinary beans, and creating the OpenTelemetry SDK that early would keep
	// the beans it depends on from being post-processed.
	@Bean
	static RestTemplateInstrumentingPostProcessor otelRestTemplateBeanPostProcessor(
			ObjectProvider<SpringWebTelemetry> telemetry) {
		return new RestTemplateInstrumentingPostProcessor(telemetry);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestTemplateCustomizer.class)
	static final class RestTemplateBuilderConfiguration {

		// Covers templates built and used without ever becoming beans.
		@Bean
		RestTemplateCustomizer otelRestTemplateCustomizer(SpringWebTelemetry telemetry) {
			return (restTemplate) -> ClientHttpRequestInterceptors.install(restTemplate,
					telemetry.createInterceptor());
		}

	}

}
