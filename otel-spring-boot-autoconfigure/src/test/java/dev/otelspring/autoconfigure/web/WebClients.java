package dev.otelspring.autoconfigure.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The two ways an application gets a {@link WebClient}, named as the tests call them: from Boot's
 * builder, and made by hand. Both must be instrumented, on a servlet and on a reactive server.
 */
@Configuration(proxyBeanMethods = false)
class WebClients {

	@Bean("web-client-builder")
	WebClient builderWebClient(WebClient.Builder builder) {
		return builder.build();
	}

	@Bean("web-client-create")
	WebClient createdWebClient() {
		return WebClient.create();
	}

}
