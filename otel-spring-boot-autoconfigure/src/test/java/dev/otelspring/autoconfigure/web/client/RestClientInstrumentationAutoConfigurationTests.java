package dev.otelspring.autoconfigure.web.client;

import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RestClientInstrumentationAutoConfigurationTests {

	private static final Class<?> TELEMETRY_INTERCEPTOR = SpringWebTelemetry.create(OpenTelemetry.noop())
		.createInterceptor()
		.getClass();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
				RestClientAutoConfiguration.class, RestClientInstrumentationAutoConfiguration.class))
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void instrumentsClientsFromBootsBuilderOnceAndFirst() {
		this.runner.run((context) -> {
			RestClient client = context.getBean(RestClient.Builder.class)
				.requestInterceptor((request, body, execution) -> execution.execute(request, body))
				.build();
			List<ClientHttpRequestInterceptor> interceptors = interceptors(client);
			assertThat(interceptors).hasSize(2).first().isInstanceOf(TELEMETRY_INTERCEPTOR);
		});
	}

	@Test
	void instrumentsOnceClientBeansSeenByBothCustomizerAndPostProcessor() {
		this.runner.withUserConfiguration(Clients.class).run((context) -> {
			assertThat(telemetryInterceptors(context.getBean("fromBootBuilder", RestClient.class))).hasSize(1);
			assertThat(telemetryInterceptors(context.getBean("created", RestClient.class))).hasSize(1);
			assertThat(telemetryInterceptors(context.getBean("fromPlainBuilder", RestClient.class))).hasSize(1);
			assertThat(telemetryInterceptors(context.getBean("handMadeBuilder", RestClient.Builder.class).build()))
				.hasSize(1);
		});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.spring-web.enabled=false")
			.withUserConfiguration(Clients.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SpringWebTelemetry.class);
				assertThat(interceptors(context.getBean("created", RestClient.class))).isEmpty();
				assertThat(interceptors(context.getBean("fromBootBuilder", RestClient.class))).isEmpty();
			});
	}

	@Test
	void backsOffWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.withUserConfiguration(Clients.class)
			.run((context) -> assertThat(interceptors(context.getBean("created", RestClient.class))).isEmpty());
	}

	@Test
	void backsOffWithoutTheLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(SpringWebTelemetry.class))
			.run((context) -> assertThat(context).doesNotHaveBean("otelRestClientBeanPostProcessor")
				.doesNotHaveBean("otelRestClientCustomizer"));
	}

	@Test
	void usesTheUsersTelemetry() {
		SpringWebTelemetry own = SpringWebTelemetry.create(OpenTelemetry.noop());
		this.runner.withBean("ownTelemetry", SpringWebTelemetry.class, () -> own)
			.run((context) -> assertThat(context).getBean(SpringWebTelemetry.class).isSameAs(own));
	}

	static List<ClientHttpRequestInterceptor> interceptors(RestClient client) {
		List<ClientHttpRequestInterceptor> seen = new ArrayList<>();
		client.mutate().requestInterceptors(seen::addAll);
		return seen;
	}

	static List<ClientHttpRequestInterceptor> telemetryInterceptors(RestClient client) {
		return interceptors(client).stream().filter(TELEMETRY_INTERCEPTOR::isInstance).toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class Clients {

		@Bean
		RestClient fromBootBuilder(RestClient.Builder builder) {
			return builder.build();
		}

		@Bean
		RestClient created() {
			return RestClient.create();
		}

		@Bean
		RestClient fromPlainBuilder() {
			return RestClient.builder().build();
		}

		@Bean
		RestClient.Builder handMadeBuilder() {
			return RestClient.builder();
		}

	}

}
