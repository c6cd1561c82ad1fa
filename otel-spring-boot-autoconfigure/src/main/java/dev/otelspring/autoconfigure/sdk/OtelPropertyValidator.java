package dev.otelspring.autoconfigure.sdk;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurablePropagatorProvider;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurationException;
import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.logs.ConfigurableLogRecordExporterProvider;
import io.opentelemetry.sdk.autoconfigure.spi.metrics.ConfigurableMetricExporterProvider;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSamplerProvider;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;

/**
 * Checks the enumerated and structured {@code otel.*} values before the SDK sees them.
 * <p>
 * The SDK rejects most bad values too, but its messages name neither the allowed values nor, for
 * some, the property. The allowed values are what is really on the classpath (the SDK's SPI
 * providers) plus the SDK's built-ins, so a value is accepted exactly when the SDK can honour it.
 */
final class OtelPropertyValidator {

	private static final List<String> BUILT_IN_SAMPLERS = List.of("always_on", "always_off", "traceidratio",
			"parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio");

	private static final List<String> BUILT_IN_PROPAGATORS = List.of("tracecontext", "baggage", "none");

	private static final List<String> SIGNALS = List.of("traces", "metrics", "logs");

	private static final String DURATION = "a whole number of milliseconds, or a duration such as 500ms, 10s or 1m";

	private final ConfigProperties config;

	private final ClassLoader classLoader;

	OtelPropertyValidator(Map<String, String> properties, ClassLoader classLoader) {
		this.config = DefaultConfigProperties.createFromMap(properties);
		this.classLoader = classLoader;
	}

	void validate() {
		String sampler = this.config.getString("otel.traces.sampler", "parentbased_always_on");
		oneOf("otel.traces.sampler", sampler,
				names(BUILT_IN_SAMPLERS, ConfigurableSamplerProvider.class, ConfigurableSamplerProvider::getName));
		if (sampler.endsWith("traceidratio")) {
			ratio("otel.traces.sampler.arg");
		}
		eachOneOf("otel.propagators", names(BUILT_IN_PROPAGATORS, ConfigurablePropagatorProvider.class,
				ConfigurablePropagatorProvider::getName));
		eachOneOf("otel.traces.exporter",
				names(List.of("none"), ConfigurableSpanExporterProvider.class, ConfigurableSpanExporterProvider::getName));
		eachOneOf("otel.metrics.exporter", names(List.of("none"), ConfigurableMetricExporterProvider.class,
				ConfigurableMetricExporterProvider::getName));
		eachOneOf("otel.logs.exporter", names(List.of("none"), ConfigurableLogRecordExporterProvider.class,
				ConfigurableLogRecordExporterProvider::getName));
		otlp("otel.exporter.otlp");
		SIGNALS.forEach((signal) -> otlp("otel.exporter.otlp." + signal));
		List.of("otel.bsp.schedule.delay", "otel.bsp.export.timeout", "otel.blrp.schedule.delay",
				"otel.blrp.export.timeout", "otel.metric.export.interval", "otel.metric.export.timeout")
			.forEach(this::duration);
		List.of("otel.bsp.max.queue.size", "otel.bsp.max.export.batch.size", "otel.blrp.max.queue.size",
				"otel.blrp.max.export.batch.size", "otel.attribute.value.length.limit", "otel.attribute.count.limit",
				"otel.span.attribute.value.length.limit", "otel.span.attribute.count.limit",
				"otel.span.event.count.limit", "otel.span.link.count.limit")
			.forEach(this::positiveInt);
	}

	private void otlp(String prefix) {
		oneOf(prefix + ".protocol", this.config.getString(prefix + ".protocol"), List.of("http/protobuf", "grpc"));
		oneOf(prefix + ".compression", this.config.getString(prefix + ".compression"), List.of("gzip", "none"));
		url(prefix + ".endpoint");
		duration(prefix + ".timeout");
		try {
			this.config.getMap(prefix + ".headers");
		}
		catch (ConfigurationException ex) {
			throw new InvalidOtelPropertyException(prefix + ".headers", this.config.getString(prefix + ".headers"),
					"comma-separated key=value pairs, such as api-key=secret,tenant=a (or a YAML map)");
		}
	}

	private void url(String property) {
		String value = this.config.getString(property);
		if (value == null) {
			return;
		}
		try {
			URI uri = new URI(value);
			if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// reported below
		}
		throw new InvalidOtelPropertyException(property, value,
				"an absolute http:// or https:// URL, such as http://localhost:4318");
	}

	private void ratio(String property) {
		String value = this.config.getString(property);
		if (value == null) {
			return;
		}
		try {
			double ratio = Double.parseDouble(value);
			if (ratio >= 0.0 && ratio <= 1.0) {
				return;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidOtelPropertyException(property, value, "a number from 0.0 to 1.0, such as 0.1");
	}

	private void duration(String property) {
		try {
			this.config.getDuration(property);
		}
		catch (ConfigurationException ex) {
			throw new InvalidOtelPropertyException(property, this.config.getString(property), DURATION);
		}
	}

	private void positiveInt(String property) {
		String value = this.config.getString(property);
		if (value == null) {
			return;
		}
		try {
			if (Integer.parseInt(value.trim()) > 0) {
				return;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidOtelPropertyException(property, value, "a whole number greater than 0");
	}

	private void eachOneOf(String property, Set<String> allowed) {
		List<String> values = this.config.getList(property);
		values.forEach((value) -> oneOf(property, value, allowed));
		if (values.size() > 1 && values.contains("none")) {
			throw new InvalidOtelPropertyException(property, String.join(",", values),
					"'none' alone, or a list of " + String.join(", ", allowed));
		}
	}

	private static void oneOf(String property, String value, Collection<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			throw new InvalidOtelPropertyException(property, value, String.join(", ", allowed));
		}
	}

	private <T> Set<String> names(List<String> builtIns, Class<T> spi, Function<T, String> name) {
		Set<String> names = new LinkedHashSet<>(builtIns);
		ServiceLoader.load(spi, this.classLoader).forEach((provider) -> names.add(name.apply(provider)));
		return names;
	}

}
