package dev.otelspring.autoconfigure.web.server;

import dev.otelspring.autoconfigure.web.HttpInstrumentationProperties;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.webmvc.v6_0.SpringWebMvcTelemetry;
import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

class WebMvcServerInstrumentationAutoConfigurationTests {

	private static final String REGISTRATION = WebMvcServerInstrumentationAutoConfiguration.FILTER_REGISTRATION_BEAN_NAME;

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcServerInstrumentationAutoConfiguration.class))
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void registersTheFilterFirstForEveryDispatchType() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SpringWebMvcTelemetry.class);
			FilterRegistrationBean<?> registration = context.getBean(REGISTRATION, FilterRegistrationBean.class);
			assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
			assertThat(registration.determineDispatcherTypes()).containsExactlyInAnyOrder(DispatcherType.REQUEST,
					DispatcherType.ASYNC, DispatcherType.ERROR);
			assertThat(registration.getFilter()).isInstanceOf(ExcludingServletFilter.class);
		});
	}

	@Test
	void excludesActuatorByDefault() {
		this.runner.run((context) -> assertThat(context.getBean(HttpInstrumentationProperties.class)
			.getServer()
			.getExcludedUrls()).containsExactly("/actuator/**"));
	}

	@Test
	void bindsTheHttpSettings() {
		this.runner
			.withPropertyValues("otel.instrumentation.http.server.excluded-urls=/internal/**,/ping",
					"otel.instrumentation.http.server.sensitive-query-parameters=code",
					"otel.instrumentation.http.client.sensitive-query-parameters=ticket")
			.run((context) -> {
				HttpInstrumentationProperties properties = context.getBean(HttpInstrumentationProperties.class);
				assertThat(properties.getServer().getExcludedUrls()).containsExactly("/internal/**", "/ping");
				assertThat(properties.getServer().getSensitiveQueryParameters()).containsExactly("code");
				assertThat(properties.getClient().getSensitiveQueryParameters()).containsExactly("ticket");
			});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.spring-webmvc.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(REGISTRATION)
				.doesNotHaveBean(SpringWebMvcTelemetry.class));
	}

	@Test
	void backsOffWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(REGISTRATION));
	}

	@Test
	void explicitSwitchWinsOverTheDefault() {
		this.runner
			.withPropertyValues("otel.instrumentation.common.default-enabled=false",
					"otel.instrumentation.spring-webmvc.enabled=true")
			.run((context) -> assertThat(context).hasBean(REGISTRATION));
	}

	@Test
	void backsOffWithoutTheLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(SpringWebMvcTelemetry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(REGISTRATION));
	}

	@Test
	void backsOffWithoutOpenTelemetry() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebMvcServerInstrumentationAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(REGISTRATION));
	}

	@Test
	void backsOffInReactiveApplications() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebMvcServerInstrumentationAutoConfiguration.class))
			.withBean(OpenTelemetry.class, OpenTelemetry::noop)
			.run((context) -> assertThat(context).doesNotHaveBean(REGISTRATION));
	}

	@Test
	void usesTheUsersTelemetry() {
		SpringWebMvcTelemetry own = SpringWebMvcTelemetry.create(OpenTelemetry.noop());
		this.runner.withBean("ownTelemetry", SpringWebMvcTelemetry.class, () -> own)
			.run((context) -> assertThat(context).hasSingleBean(SpringWebMvcTelemetry.class)
				.getBean(SpringWebMvcTelemetry.class)
				.isSameAs(own));
	}

	@Test
	void usersFilterRegistrationWins() {
		FilterRegistrationBean<?> own = new FilterRegistrationBean<>();
		this.runner.withBean(REGISTRATION, FilterRegistrationBean.class, () -> own)
			.run((context) -> assertThat(context.getBean(REGISTRATION)).isSameAs(own));
	}

}
