package dev.otelspring.autoconfigure.logging;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import dev.otelspring.logging.LogAppenders;
import dev.otelspring.logging.log4j.Log4jAppenders;
import dev.otelspring.logging.logback.LogbackAppenders;
import io.opentelemetry.api.OpenTelemetry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Log records of Logback or Log4j2, whichever the application logs through, exported through our
 * SDK, with the trace and span ids of the context they were logged in.
 * <p>
 * The appender is already in place, buffering, since Boot built the logging configuration
 * ({@link LogAppendersApplicationListener}); this hands it the SDK. The MDC side and Boot's
 * correlation pattern need no bean and are set up there too.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration")
@ConditionalOnClass(LogAppenders.class)
@EnableConfigurationProperties(LogCorrelationProperties.class)
public final class LogAppendersAutoConfiguration {

	LogAppendersAutoConfiguration() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "ch.qos.logback.classic.LoggerContext",
			"io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender" })
	@ConditionalOnLoggingBackend("logback-appender")
	@ConditionalOnEnabledInstrumentation("logback-appender")
	@EnableConfigurationProperties(LogbackAppenderProperties.class)
	static class LogbackConfiguration {

		// Missing in a parent context too: a child context must not install again, nor uninstall.
		@Bean
		@ConditionalOnMissingBean
		LogAppendersInstallation otelLogAppendersInstallation(OpenTelemetry openTelemetry) {
			return new LogAppendersInstallation(LogbackAppenders.forCurrentContext(), openTelemetry);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.apache.logging.log4j.core.LoggerContext",
			"io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender" })
	@ConditionalOnLoggingBackend("log4j-appender")
	@ConditionalOnEnabledInstrumentation("log4j-appender")
	@EnableConfigurationProperties(Log4jAppenderProperties.class)
	static class Log4jConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LogAppendersInstallation otelLogAppendersInstallation(OpenTelemetry openTelemetry) {
			return new LogAppendersInstallation(Log4jAppenders.forCurrentContext(), openTelemetry);
		}

	}

}
