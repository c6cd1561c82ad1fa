package dev.otelspring.autoconfigure.logging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the OpenTelemetry appender that exports Logback's events.
 */
@ConfigurationProperties(LogbackAppenderProperties.PREFIX)
public class LogbackAppenderProperties extends LogAppenderProperties {

	static final String PREFIX = "otel.instrumentation.logback-appender";

}
