package dev.otelspring.autoconfigure.sdk;

/**
 * An {@code otel.*} setting whose value cannot work. It carries what a user needs to fix it: the
 * property, the value as written, and what is allowed instead.
 */
public class InvalidOtelPropertyException extends RuntimeException {

	private final String property;

	private final String value;

	private final String allowed;

	public InvalidOtelPropertyException(String property, String value, String allowed) {
		super("Invalid value '" + value + "' for property '" + property + "'. Allowed: " + allowed);
		this.property = property;
		this.value = value;
		this.allowed = allowed;
	}

	public String getProperty() {
		return this.property;
	}

	public String getValue() {
		return this.value;
	}

	public String getAllowed() {
		return this.allowed;
	}

}
