package dev.otelspring.autoconfigure.logging;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.otelspring.autoconfigure.instrumentation.InstrumentationSwitch;
import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.LogAppenders;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The {@link LogAppenders} of the backend the application logs through, when its switch
 * ({@code otel.instrumentation.logback-appender.enabled} or {@code ...log4j-appender.enabled}) is on,
 * and their settings, read from the {@link Environment} before any bean exists.
 * <p>
 * Callers check {@link #REQUIRED_CLASS} first, since {@code log-appenders} is optional: a
 * compile-time constant, so the check does not load this class.
 */
final class EnabledLogAppenders {

	static final String REQUIRED_CLASS = "dev.otelspring.logging.LogAppenders";

	private EnabledLogAppenders() {
	}

	static Optional<LogAppenders> find(Environment environment) {
		return LogAppenders.detect()
			.filter((appenders) -> InstrumentationSwitch.isEnabled(environment, appenders.instrumentationName()));
	}

	/** Turns correlation on, and adds the export appender if logs are exported. */
	static void prepare(Environment environment) {
		find(environment).ifPresent((appenders) -> {
			appenders.enableCorrelation(correlationKeys(environment));
			if (exportsLogs(environment)) {
				LogAppenderProperties properties = Binder.get(environment)
					.bindOrCreate("otel.instrumentation." + appenders.instrumentationName(), LogAppenderProperties.class);
				appenders.addExportAppender(properties.toExportSettings());
			}
		});
	}

	/** Removes our export appender and its buffer, and detaches the SDK from the user's appenders. */
	static void release(Environment environment) {
		find(environment).ifPresent(LogAppenders::uninstall);
	}

	/** Boot's correlation pattern, in its usual look, on our keys. */
	static Optional<String> correlationPattern(Environment environment) {
		return find(environment).map((appenders) -> correlationKeys(environment))
			.map((keys) -> "%correlationId{" + keys.traceId() + "(32)," + keys.spanId() + "(16)}");
	}

	/** Our keys mapped to ECS's own field names. */
	static Map<String, String> ecsFieldNames(Environment environment) {
		return find(environment).map((appenders) -> correlationKeys(environment))
			.map((keys) -> Map.of(keys.traceId(), "trace.id", keys.spanId(), "span.id"))
			.orElse(Map.of());
	}

	private static CorrelationKeys correlationKeys(Environment environment) {
		return Binder.get(environment)
			.bindOrCreate("otel.instrumentation.common.logging", LogCorrelationProperties.class)
			.toKeys();
	}

	// Nothing would be exported (the SDK is off, or "none" is the only exporter): no appender, no buffer.
	private static boolean exportsLogs(Environment environment) {
		List<String> exporters = Binder.get(environment)
			.bind("otel.logs.exporter", Bindable.listOf(String.class))
			.orElse(List.of("otlp"));
		return !environment.getProperty("otel.sdk.disabled", Boolean.class, false)
				&& !(exporters.size() == 1 && "none".equalsIgnoreCase(exporters.get(0).trim()));
	}

}
