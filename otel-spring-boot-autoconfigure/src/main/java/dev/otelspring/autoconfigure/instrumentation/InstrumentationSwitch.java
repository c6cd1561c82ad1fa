package dev.otelspring.autoconfigure.instrumentation;

import org.springframework.core.env.Environment;

/**
 * How {@code otel.instrumentation.<name>.enabled} is read, in one place, for the condition and
 * for the few beans that must know whether another instrumentation is active.
 */
public final class InstrumentationSwitch {

	static final String DEFAULT_ENABLED = "otel.instrumentation.common.default-enabled";

	private InstrumentationSwitch() {
	}

	/**
	 * Whether an instrumentation is on.
	 * @param environment the environment
	 * @param name the instrumentation's name
	 * @return {@code otel.instrumentation.<name>.enabled}, else
	 * {@code otel.instrumentation.common.default-enabled}, else {@code true}
	 */
	public static boolean isEnabled(Environment environment, String name) {
		boolean defaultEnabled = environment.getProperty(DEFAULT_ENABLED, Boolean.class, true);
		return environment.getProperty(property(name), Boolean.class, defaultEnabled);
	}

	static String property(String name) {
		return "otel.instrumentation." + name + ".enabled";
	}

}
