package dev.otelspring.autoconfigure.sdk;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports what the SDK itself rejected after our own validation passed (an unreadable
 * certificate file, an exporter's own option), so startup still ends in a readable report.
 */
class SdkConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationException cause) {
		return new FailureAnalysis("The OpenTelemetry SDK rejected its configuration: " + cause.getMessage(),
				"Correct the otel.* property (or OTEL_* environment variable) named above. The allowed values are "
						+ "listed in the IDE completion of otel.* properties and in the README.",
				cause);
	}

}
