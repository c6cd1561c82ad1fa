package dev.otelspring.autoconfigure.web.server;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import dev.otelspring.autoconfigure.web.HttpInstrumentationProperties;
import dev.otelspring.autoconfigure.web.UrlQueryRedactor;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.webmvc.v6_0.SpringWebMvcTelemetry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * One SERVER span per Spring MVC request, from the OpenTelemetry servlet filter.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ SpringWebMvcTelemetry.class, DispatcherServlet.class, Filter.class })
@ConditionalOnEnabledInstrumentation("spring-webmvc")
@EnableConfigurationProperties(HttpInstrumentationProperties.class)
public final class WebMvcServerInstrumentationAutoConfiguration {

	/** A bean of this name, declared by the application, replaces ours. */
	public static final String FILTER_REGISTRATION_BEAN_NAME = "otelWebMvcServerFilterRegistration";

	@Bean
	@ConditionalOnMissingBean
	SpringWebMvcTelemetry springWebMvcTelemetry(OpenTelemetry openTelemetry,
			HttpInstrumentationProperties properties) {
		UrlQueryRedactor redactor = new UrlQueryRedactor(properties.getServer().getSensitiveQueryParameters());
		return SpringWebMvcTelemetry.builder(openTelemetry)
			.addAttributesExtractor(redactor.urlQueryExtractor(HttpServletRequest::getQueryString))
			.build();
	}

	@Bean(FILTER_REGISTRATION_BEAN_NAME)
	@ConditionalOnMissingBean(name = FILTER_REGISTRATION_BEAN_NAME)
	FilterRegistrationBean<Filter> otelWebMvcServerFilterRegistration(SpringWebMvcTelemetry telemetry,
			HttpInstrumentationProperties properties) {
		ExcludedUrls excludedUrls = new ExcludedUrls(properties.getServer().getExcludedUrls());
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ExcludingServletFilter(telemetry.createServletFilter(), excludedUrls));
		// Outside Boot's ServerHttpObservationFilter (HIGHEST_PRECEDENCE + 1): its
		// http.server.requests timer then records while our span is current, so exemplars point
		// at the span this filter exports.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		// ASYNC and ERROR so the filter sees the whole exchange; the library filter itself skips
		// those re-dispatches and ends the span once, when the request really completes.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setName("otelWebMvcServerFilter");
		return registration;
	}

}
