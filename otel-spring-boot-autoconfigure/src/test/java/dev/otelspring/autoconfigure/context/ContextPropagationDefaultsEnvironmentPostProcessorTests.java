package dev.otelspring.autoconfigure.context;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ContextPropagationDefaultsEnvironmentPostProcessorTests {

	private static final String PROPAGATE = "spring.task.execution.propagate-context";

	private final ContextPropagationDefaultsEnvironmentPostProcessor postProcessor = new ContextPropagationDefaultsEnvironmentPostProcessor();

	@Test
	void turnsOnContextPropagationForBootsExecutors() {
		MockEnvironment environment = new MockEnvironment();
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(PROPAGATE)).isEqualTo("true");
	}

	@Test
	void usersValueWins() {
		MockEnvironment environment = new MockEnvironment().withProperty(PROPAGATE, "false");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(PROPAGATE)).isEqualTo("false");
	}

	@Test
	void leavesBootsDefaultWhenExecutorsInstrumentationIsOff() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("otel.instrumentation.executors.enabled", "false");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(PROPAGATE)).isNull();
	}

	@Test
	void leavesBootsDefaultWhenInstrumentationsAreOffByDefault() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("otel.instrumentation.common.default-enabled", "false");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(PROPAGATE)).isNull();
	}

	@Test
	void keepsTheUsersOtherDefaultProperties() {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addLast(new DefaultPropertiesPropertySource(Map.of("app.name", "checkout")));
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(PROPAGATE)).isEqualTo("true");
		assertThat(environment.getProperty("app.name")).isEqualTo("checkout");
	}

	@Test
	void appliesThroughSpringFactoriesInARealApplication() {
		try (ConfigurableApplicationContext context = application(Executors.class).run()) {
			assertThat(context.getEnvironment().getProperty(PROPAGATE)).isEqualTo("true");
			assertThat(context.getBeanProvider(ContextPropagatingTaskDecorator.class).getIfAvailable()).isNotNull();
		}
	}

	@Test
	void usersDefaultPropertiesWin() {
		try (ConfigurableApplicationContext context = application(Executors.class)
			.properties(Map.of(PROPAGATE, "false"))
			.run()) {
			assertThat(context.getBeanProvider(ContextPropagatingTaskDecorator.class).getIfAvailable()).isNull();
		}
	}

	private static SpringApplicationBuilder application(Class<?> configuration) {
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE).logStartupInfo(false);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(TaskExecutionAutoConfiguration.class)
	static class Executors {

	}

}
