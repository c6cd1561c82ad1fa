package dev.otelspring.autoconfigure.logging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the OpenTelemetry appender that exports Log4j2's events.
 */
@ConfigurationProperties(Log4jAppenderProperties.PREFIX)
public class Log4jAppenderProperties extends LogAppenderProperties {

	static final String PREFIX = "otel.instrumentation.log4j-appender";

}
