package dev.otelspring.autoconfigure.actuate;

import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks OTLP exporter headers in actuator's {@code env} and {@code configprops} output.
 * <p>
 * Why: those headers usually carry the backend's API key or bearer token, and their names
 * ({@code otel.exporter.otlp.headers}, {@code OTEL_EXPORTER_OTLP_TRACES_HEADERS}, a YAML map
 * entry {@code otel.exporter.otlp.headers.api-key}) are not ones Boot's default sanitizing
 * recognizes. This masks them even where an operator chose {@code show-values: always}.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class ExporterHeadersSanitizingAutoConfiguration {

	static final Pattern HEADERS_KEY = Pattern
		.compile("^otel[._]exporter[._]otlp[._]((traces|metrics|logs)[._])?headers($|[._\\[].*)", Pattern.CASE_INSENSITIVE);

	ExporterHeadersSanitizingAutoConfiguration() {
	}

	@Bean
	SanitizingFunction otelExporterHeadersSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(HEADERS_KEY);
	}

}
