package dev.otelspring.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import dev.otelspring.autoconfigure.pipeline.SignalStatistics;
import io.opentelemetry.sdk.resources.Resource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code /actuator/otel}: the telemetry pipeline as an operator needs to see it. The effective
 * {@code otel.*} configuration with the source of each value, the resource, the instrumentations
 * switched on and off, and for each signal what was exported, dropped and failed, the last error
 * and the queue.
 * <p>
 * Like every endpoint but health, it is not exposed on the web until
 * {@code management.endpoints.web.exposure.include} names it. Secrets are masked whatever
 * {@code show-values} says ({@link SecretValues}): this endpoint has no unmasked mode.
 */
@Endpoint(id = "otel")
public final class OtelEndpoint {

	private final ConfigurableEnvironment environment;

	private final ObjectProvider<PipelineStatistics> statistics;

	OtelEndpoint(ConfigurableEnvironment environment, ObjectProvider<PipelineStatistics> statistics) {
		this.environment = environment;
		this.statistics = statistics;
	}

	@ReadOperation
	public OtelDescriptor otel() {
		Map<String, ConfiguredValue> configuration = EffectiveConfiguration.of(this.environment);
		PipelineStatistics pipeline = this.statistics.getIfAvailable();
		Map<String, ExporterFigures> exporters = new LinkedHashMap<>();
		if (pipeline != null) {
			for (SignalStatistics signal : pipeline.signals()) {
				ConfiguredValue exporter = configuration.get("otel." + signal.signal() + ".exporter");
				exporters.put(signal.signal(), ExporterFigures.of(signal, exporter.value()));
			}
		}
		Resource resource = (pipeline != null) ? pipeline.resource() : null;
		return new OtelDescriptor(configuration, resourceAttributes(resource), Instrumentations.of(this.environment),
				exporters);
	}

	private static Map<String, String> resourceAttributes(Resource resource) {
		Map<String, String> attributes = new TreeMap<>();
		if (resource != null) {
			resource.getAttributes()
				.forEach((key, value) -> attributes.put(key.getKey(),
						SecretValues.mask(key.getKey(), String.valueOf(value))));
		}
		return attributes;
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param configuration effective {@code otel.*} settings by key
	 * @param resource the SDK's resource attributes
	 * @param instrumentations the instrumentations switched on and off
	 * @param exporters {@code traces}, {@code metrics} and {@code logs} figures
	 */
	public record OtelDescriptor(Map<String, ConfiguredValue> configuration, Map<String, String> resource,
			InstrumentationStates instrumentations, Map<String, ExporterFigures> exporters)
			implements OperationResponseBody {
	}

	/**
	 * One effective setting.
	 *
	 * @param value the value, masked when it may be a secret
	 * @param source where it was set: {@code default}, {@code application.yaml},
	 * {@code environment}, {@code system property}, {@code command line}, ...
	 */
	public record ConfiguredValue(String value, String source) {
	}

	/**
	 * Instrumentations by state of their switch.
	 *
	 * @param enabled names whose switch is on
	 * @param disabled names whose switch is off
	 */
	public record InstrumentationStates(List<String> enabled, List<String> disabled) {
	}

}
