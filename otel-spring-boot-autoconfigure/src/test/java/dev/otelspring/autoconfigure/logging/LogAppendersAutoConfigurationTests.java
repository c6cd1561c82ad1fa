package dev.otelspring.autoconfigure.logging;

import dev.otelspring.autoconfigure.micrometer.MicrometerTracingBridgeAutoConfiguration;
import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.ExportSettings;
import dev.otelspring.logging.LogAppenders;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which beans exist, in this module's tests where the application logs through Logback.
 */
class LogAppendersAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				MicrometerTracingBridgeAutoConfiguration.class, LogAppendersAutoConfiguration.class))
		.withPropertyValues("otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none");

	@Test
	void installsIntoLogbackAndMicrometersMdcWriterStandsDown() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(LogAppendersInstallation.class)
			.hasSingleBean(LogbackAppenderProperties.class)
			.hasSingleBean(LogCorrelationProperties.class)
			.doesNotHaveBean(Log4jAppenderProperties.class)
			.doesNotHaveBean(Slf4JEventListener.class));
	}

	@Test
	void switchedOffInstallsNothingAndKeepsMicrometersMdcWriter() {
		this.runner.withPropertyValues("otel.instrumentation.logback-appender.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LogAppendersInstallation.class)
				.hasSingleBean(Slf4JEventListener.class));
	}

	@Test
	void followsTheCommonDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LogAppendersInstallation.class));
	}

	@Test
	void theLog4jSwitchDoesNotConcernLogback() {
		this.runner.withPropertyValues("otel.instrumentation.log4j-appender.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(LogAppendersInstallation.class));
	}

	@Test
	void disabledSdkStillDrainsTheAppendersIntoTheNoopSdk() {
		this.runner.withPropertyValues("otel.sdk.disabled=true")
			.run((context) -> assertThat(context).hasSingleBean(LogAppendersInstallation.class));
	}

	@Test
	void aChildContextDoesNotInstallAgain() {
		this.runner.run((parent) -> new ApplicationContextRunner().withParent(parent)
			.withConfiguration(AutoConfigurations.of(LogAppendersAutoConfiguration.class))
			.run((child) -> assertThat(child.getBeansOfType(LogAppendersInstallation.class)).isEmpty()));
	}

	@Test
	void propertyDefaultsAreThoseOfTheLibraries() {
		assertThat(new LogCorrelationProperties().toKeys()).isEqualTo(CorrelationKeys.DEFAULT);
		assertThat(new LogbackAppenderProperties().toExportSettings()).isEqualTo(ExportSettings.DEFAULT);
	}

	@Test
	void withoutLogAppendersOnTheClasspathNothingChanges() {
		this.runner.withClassLoader(new FilteredClassLoader(LogAppenders.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LogAppendersInstallation.class)
				.hasSingleBean(Slf4JEventListener.class));
	}

}
