package dev.otelspring.autoconfigure.web.client;

import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxClientTelemetry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

class WebClientInstrumentationAutoConfigurationTests {

	private static final Class<?> TELEMETRY_FILTER = telemetryFilterClass();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				WebClientInstrumentationAutoConfiguration.class))
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void instrumentsClientsFromBootsBuilderOnce() {
		this.runner.run((context) -> assertThat(
				telemetryFilters(context.getBean(WebClient.Builder.class).build()))
			.hasSize(1));
	}

	@Test
	void instrumentsOnceClientBeansSeenByBothCustomizerAndPostProcessor() {
		this.runner.withUserConfiguration(Clients.class).run((context) -> {
			assertThat(telemetryFilters(context.getBean("fromBootBuilder", WebClient.class))).hasSize(1);
			assertThat(telemetryFilters(context.getBean("created", WebClient.class))).hasSize(1);
			assertThat(telemetryFilters(context.getBean("handMadeBuilder", WebClient.Builder.class).build()))
				.hasSize(1);
		});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.spring-webflux.enabled=false")
			.withUserConfiguration(Clients.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SpringWebfluxClientTelemetry.class);
				assertThat(filters(context.getBean("created", WebClient.class))).isEmpty();
				assertThat(filters(context.getBean("fromBootBuilder", WebClient.class))).isEmpty();
			});
	}

	@Test
	void backsOffWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.withUserConfiguration(Clients.class)
			.run((context) -> assertThat(filters(context.getBean("created", WebClient.class))).isEmpty());
	}

	@Test
	void backsOffWithoutTheLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(SpringWebfluxClientTelemetry.class))
			.run((context) -> assertThat(context).doesNotHaveBean("otelWebClientBeanPostProcessor")
				.doesNotHaveBean("otelWebClientCustomizer"));
	}

	@Test
	void usesTheUsersTelemetry() {
		SpringWebfluxClientTelemetry own = SpringWebfluxClientTelemetry.create(OpenTelemetry.noop());
		this.runner.withBean("ownTelemetry", SpringWebfluxClientTelemetry.class, () -> own)
			.run((context) -> assertThat(context).getBean(SpringWebfluxClientTelemetry.class).isSameAs(own));
	}

	static List<ExchangeFilterFunction> filters(WebClient client) {
		List<ExchangeFilterFunction> seen = new ArrayList<>();
		client.mutate().filters(seen::addAll);
		return seen;
	}

	static List<ExchangeFilterFunction> telemetryFilters(WebClient client) {
		return filters(client).stream().filter(TELEMETRY_FILTER::isInstance).toList();
	}

	private static Class<?> telemetryFilterClass() {
		List<ExchangeFilterFunction> filters = new ArrayList<>();
		SpringWebfluxClientTelemetry.create(OpenTelemetry.noop()).addFilter(filters);
		return filters.get(0).getClass();
	}

	@Configuration(proxyBeanMethods = false)
	static class Clients {

		@Bean
		WebClient fromBootBuilder(WebClient.Builder builder) {
			return builder.build();
		}

		@Bean
		WebClient created() {
			return WebClient.create();
		}

		@Bean
		WebClient.Builder handMadeBuilder() {
			return WebClient.builder();
		}

	}

}
