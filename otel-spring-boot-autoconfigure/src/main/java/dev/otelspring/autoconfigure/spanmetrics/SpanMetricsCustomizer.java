package dev.otelspring.autoconfigure.spanmetrics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;

/**
 * Puts span metrics into the SDK that {@code otel.*} builds: the sampler records what it would
 * drop, a span processor measures every ended span, and a metric producer hands the result to
 * every metric reader.
 */
final class SpanMetricsCustomizer implements AutoConfigurationCustomizerProvider {

	private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

	private final SpanMetricsProcessor processor;

	private final SpanMetricsProducer producer;

	SpanMetricsCustomizer(SpanMetricsProperties properties) {
		SpanMetricsSettings settings = SpanMetricsSettings.of(properties);
		this.processor = new SpanMetricsProcessor(settings.excludedKinds(),
				(resource) -> new SeriesTable(resource.getAttribute(SERVICE_NAME), settings.dimensions(),
						settings.excludedName(), settings.cardinalityLimit(), settings.buckets()));
		this.producer = new SpanMetricsProducer(this.processor::table);
	}

	@Override
	public void customize(AutoConfigurationCustomizer sdk) {
		sdk.addSamplerCustomizer((sampler, config) -> new RecordUnsampledSampler(sampler))
			.addTracerProviderCustomizer((tracing, config) -> tracing.addSpanProcessor(this.processor))
			.addMeterProviderCustomizer((metrics, config) -> metrics.registerMetricProducer(this.producer));
	}
}
