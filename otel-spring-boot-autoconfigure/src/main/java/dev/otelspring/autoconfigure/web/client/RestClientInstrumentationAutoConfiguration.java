package dev.otelspring.autoconfigure.web.client;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * One CLIENT span per {@link RestClient} call, whether the client comes from Boot's
 * {@code RestClient.Builder}, from a builder bean made by hand, or from {@code RestClient.create()}.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration",
		beforeName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@ConditionalOnClass({ SpringWebTelemetry.class, RestClient.class })
@ConditionalOnEnabledInstrumentation("spring-web")
@Import(SpringWebTelemetryConfiguration.class)
public final class RestClientInstrumentationAutoConfiguration {

	// Static, and the telemetry only looked up when a RestClient appears: post-processors are
	// created before ordinary beans, and creating the OpenTelemetry SDK that early would keep
	// the beans it depends on from being post-processed.
	@Bean
	static RestClientInstrumentingPostProcessor otelRestClientBeanPostProcessor(
			ObjectProvider<SpringWebTelemetry> telemetry) {
		return new RestClientInstrumentingPostProcessor(telemetry);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClientCustomizer.class)
	static final class RestClientBuilderConfiguration {

		// Also reaches clients built from Boot's builder that never become beans.
		@Bean
		RestClientCustomizer otelRestClientCustomizer(SpringWebTelemetry telemetry) {
			return (builder) -> ClientHttpRequestInterceptors.install(builder, telemetry.createInterceptor());
		}

	}

}
