package dev.otelspring.autoconfigure.web.client;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import dev.otelspring.autoconfigure.web.HttpInstrumentationProperties;
import dev.otelspring.autoconfigure.web.UrlQueryRedactor;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxClientTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One CLIENT span per {@link WebClient} exchange, whether the client comes from Boot's
 * {@code WebClient.Builder}, from a builder bean made by hand, or from {@code WebClient.create()}.
 * The library's {@code addFilter} adds its filter only when absent, so a client reached by both
 * the customizer and the post-processor still gets one span per call.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration",
		beforeName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass({ SpringWebfluxClientTelemetry.class, WebClient.class })
@ConditionalOnEnabledInstrumentation("spring-webflux")
@EnableConfigurationProperties(HttpInstrumentationProperties.class)
public final class WebClientInstrumentationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SpringWebfluxClientTelemetry springWebfluxClientTelemetry(OpenTelemetry openTelemetry,
			HttpInstrumentationProperties properties) {
		UrlQueryRedactor redactor = new UrlQueryRedactor(properties.getClient().getSensitiveQueryParameters());
		return SpringWebfluxClientTelemetry.builder(openTelemetry)
			.addAttributesExtractor(redactor.urlFullExtractor(ClientRequest::url))
			.build();
	}

	// Static, and the telemetry only looked up when a WebClient appears: post-processors are
	// created before ordinary beans, and creating the OpenTelemetry SDK that early would keep
	// the beans it depends on from being post-processed.
	@Bean
	static WebClientInstrumentingPostProcessor otelWebClientBeanPostProcessor(
			ObjectProvider<SpringWebfluxClientTelemetry> telemetry) {
		return new WebClientInstrumentingPostProcessor(telemetry);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebClientCustomizer.class)
	static final class WebClientBuilderConfiguration {

		@Bean
		WebClientCustomizer otelWebClientCustomizer(SpringWebfluxClientTelemetry telemetry) {
			return (builder) -> builder.filters(telemetry::addFilter);
		}

	}

}
