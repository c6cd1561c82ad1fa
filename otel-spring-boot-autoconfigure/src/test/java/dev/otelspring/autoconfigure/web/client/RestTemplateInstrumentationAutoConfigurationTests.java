package dev.otelspring.autoconfigure.web.client;

import java.util.List;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.restclient.autoconfigure.RestTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class RestTemplateInstrumentationAutoConfigurationTests {

	private static final Class<?> TELEMETRY_INTERCEPTOR = SpringWebTelemetry.create(OpenTelemetry.noop())
		.createInterceptor()
		.getClass();

	private static final ClientHttpRequestInterceptor USER_INTERCEPTOR = (request, body, execution) -> execution
		.execute(request, body);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, RestTemplateAutoConfiguration.class,
				RestTemplateInstrumentationAutoConfiguration.class))
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void instrumentsTemplatesFromBootsBuilderOnceAndFirst() {
		this.runner.run((context) -> {
			RestTemplate template = context.getBean(RestTemplateBuilder.class)
				.additionalInterceptors(USER_INTERCEPTOR)
				.build();
			assertThat(template.getInterceptors()).hasSize(2).first().isInstanceOf(TELEMETRY_INTERCEPTOR);
		});
	}

	@Test
	void instrumentsATemplateBeanMadeWithNew() {
		this.runner.withBean("plain", RestTemplate.class, RestTemplate::new)
			.run((context) -> assertThat(telemetryInterceptors(context.getBean("plain", RestTemplate.class)))
				.hasSize(1));
	}

	@Test
	void instrumentsOnceATemplateSeenByBothCustomizerAndPostProcessor() {
		this.runner.withUserConfiguration(BuilderTemplateConfiguration.class)
			.run((context) -> {
				RestTemplate template = context.getBean("builtTemplate", RestTemplate.class);
				assertThat(telemetryInterceptors(template)).hasSize(1);
				assertThat(template.getInterceptors().get(0)).isInstanceOf(TELEMETRY_INTERCEPTOR);
			});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.spring-web.enabled=false")
			.withBean("plain", RestTemplate.class, RestTemplate::new)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SpringWebTelemetry.class);
				assertThat(context.getBean("plain", RestTemplate.class).getInterceptors()).isEmpty();
			});
	}

	@Test
	void backsOffWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.run((context) -> assertThat(context.getBean(RestTemplateBuilder.class).build().getInterceptors())
				.isEmpty());
	}

	@Test
	void backsOffWithoutTheLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(SpringWebTelemetry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SpringWebTelemetry.class)
				.doesNotHaveBean("otelRestTemplateBeanPostProcessor")
				.doesNotHaveBean("otelRestTemplateCustomizer"));
	}

	@Test
	void usesTheUsersTelemetry() {
		SpringWebTelemetry own = SpringWebTelemetry.create(OpenTelemetry.noop());
		this.runner.withBean("ownTelemetry", SpringWebTelemetry.class, () -> own)
			.run((context) -> assertThat(context).getBean(SpringWebTelemetry.class).isSameAs(own));
	}

	static List<ClientHttpRequestInterceptor> telemetryInterceptors(RestTemplate template) {
		return template.getInterceptors().stream().filter(TELEMETRY_INTERCEPTOR::isInstance).toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class BuilderTemplateConfiguration {

		@Bean
		RestTemplate builtTemplate(RestTemplateBuilder builder) {
			return builder.build();
		}

	}

}
