package dev.otelspring.autoconfigure.web.client;

import dev.otelspring.autoconfigure.web.HttpInstrumentationProperties;
import dev.otelspring.autoconfigure.web.UrlQueryRedactor;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpRequest;

/**
 * The one {@link SpringWebTelemetry} that RestTemplate and RestClient share: both auto-configurations
 * import it, so it is defined once, and a user's own bean (say, capturing headers) replaces it for
 * both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpInstrumentationProperties.class)
final class SpringWebTelemetryConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SpringWebTelemetry springWebTelemetry(OpenTelemetry openTelemetry, HttpInstrumentationProperties properties) {
		UrlQueryRedactor redactor = new UrlQueryRedactor(properties.getClient().getSensitiveQueryParameters());
		return SpringWebTelemetry.builder(openTelemetry)
			.addAttributesExtractor(redactor.urlFullExtractor(HttpRequest::getURI))
			.build();
	}

}
