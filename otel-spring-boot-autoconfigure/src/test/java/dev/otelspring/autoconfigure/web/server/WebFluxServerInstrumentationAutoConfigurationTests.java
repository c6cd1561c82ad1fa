package dev.otelspring.autoconfigure.web.server;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxServerTelemetry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.Ordered;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

class WebFluxServerInstrumentationAutoConfigurationTests {

	private static final String FILTER = WebFluxServerInstrumentationAutoConfiguration.WEB_FILTER_BEAN_NAME;

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebFluxServerInstrumentationAutoConfiguration.class))
		.withBean(OpenTelemetry.class, OpenTelemetry::noop);

	@Test
	void registersTheWebFilterFirst() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SpringWebfluxServerTelemetry.class);
			WebFilter filter = context.getBean(FILTER, WebFilter.class);
			assertThat(filter).isInstanceOf(ExcludingWebFilter.class);
			assertThat(((Ordered) filter).getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
		});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.spring-webflux.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FILTER)
				.doesNotHaveBean(SpringWebfluxServerTelemetry.class));
	}

	@Test
	void backsOffWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FILTER));
	}

	@Test
	void backsOffWithoutTheLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(SpringWebfluxServerTelemetry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(FILTER));
	}

	@Test
	void backsOffInServletApplications() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebFluxServerInstrumentationAutoConfiguration.class))
			.withBean(OpenTelemetry.class, OpenTelemetry::noop)
			.run((context) -> assertThat(context).doesNotHaveBean(FILTER));
	}

	@Test
	void usesTheUsersTelemetry() {
		SpringWebfluxServerTelemetry own = SpringWebfluxServerTelemetry.create(OpenTelemetry.noop());
		this.runner.withBean("ownTelemetry", SpringWebfluxServerTelemetry.class, () -> own)
			.run((context) -> assertThat(context).getBean(SpringWebfluxServerTelemetry.class).isSameAs(own));
	}

}
