package dev.otelspring.autoconfigure.web.server;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import dev.otelspring.autoconfigure.web.HttpInstrumentationProperties;
import dev.otelspring.autoconfigure.web.UrlQueryRedactor;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxServerTelemetry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * One SERVER span per WebFlux exchange, from the OpenTelemetry {@link WebFilter}.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration")
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass({ SpringWebfluxServerTelemetry.class, WebFilter.class })
@ConditionalOnEnabledInstrumentation("spring-webflux")
@EnableConfigurationProperties(HttpInstrumentationProperties.class)
public final class WebFluxServerInstrumentationAutoConfiguration {

	/** A bean of this name, declared by the application, replaces ours. */
	public static final String WEB_FILTER_BEAN_NAME = "otelWebFluxServerFilter";

	@Bean
	@ConditionalOnMissingBean
	SpringWebfluxServerTelemetry springWebfluxServerTelemetry(OpenTelemetry openTelemetry,
			HttpInstrumentationProperties properties) {
		UrlQueryRedactor redactor = new UrlQueryRedactor(properties.getServer().getSensitiveQueryParameters());
		return SpringWebfluxServerTelemetry.builder(openTelemetry)
			.addAttributesExtractor(redactor.urlQueryExtractor(
					(ServerWebExchange exchange) -> exchange.getRequest().getURI().getRawQuery()))
			.build();
	}

	@Bean(WEB_FILTER_BEAN_NAME)
	@ConditionalOnMissingBean(name = WEB_FILTER_BEAN_NAME)
	WebFilter otelWebFluxServerFilter(SpringWebfluxServerTelemetry telemetry,
			HttpInstrumentationProperties properties) {
		// The Reactor hook carries the server span across operators and thread hops
		// (delayElement, publishOn), so WebClient calls made later in the handler stay its children.
		// Not createWebFilterAndRegisterReactorHook(): the Reactor hook is ContextPropagationAutoConfiguration's
		// alone (switch "reactor"), reference-counted and removed when the context closes.
		WebFilter telemetryFilter = telemetry.createWebFilter();
		return new ExcludingWebFilter(telemetryFilter,
				new ExcludedUrls(properties.getServer().getExcludedUrls()));
	}

}
