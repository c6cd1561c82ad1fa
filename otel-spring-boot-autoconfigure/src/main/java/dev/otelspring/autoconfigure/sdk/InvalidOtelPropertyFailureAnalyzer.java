package dev.otelspring.autoconfigure.sdk;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a bad {@code otel.*} value into Spring Boot's startup report, naming the property, the
 * value and the allowed values, instead of a stack trace from deep inside the SDK.
 */
class InvalidOtelPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOtelPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidOtelPropertyException cause) {
		String description = "The OpenTelemetry property '" + cause.getProperty() + "' has the invalid value '"
				+ cause.getValue() + "'.";
		String action = "Set '" + cause.getProperty() + "' (or its environment variable "
				+ cause.getProperty().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')
				+ ") to one of: " + cause.getAllowed() + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
