package dev.otelspring.autoconfigure.spanmetrics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizer;
import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.resources.Resource;

/**
 * Puts span metrics into the SDK that {@code otel.*} builds: the sampler records what it would
 * drop, a span processor measures every ended span, and a view bounds the series.
 */
final class SpanMetricsCustomizer implements AutoConfigurationCustomizerProvider {

	private final SpanMetricsInstruments instruments;

	private final SpanMetricsProcessor processor;

	private final int cardinalityLimit;

	SpanMetricsCustomizer(SpanMetricsProperties properties) {
		SpanMetricsSettings settings = SpanMetricsSettings.of(properties);
		this.cardinalityLimit = settings.cardinalityLimit();
		this.instruments = new SpanMetricsInstruments(settings.bucketBoundaries());
		this.processor = new SpanMetricsProcessor(this.instruments, settings.excludedKinds(),
				(resource) -> new SeriesAttributes(serviceName(resource), settings.dimensions(),
						settings.excludedName(), settings.cardinalityLimit()));
	}

	@Override
	public void customize(AutoConfigurationCustomizer sdk) {
		sdk.addSamplerCustomizer((sampler, config) -> new RecordUnsampledSampler(sampler))
			.addTracerProviderCustomizer((tracing, config) -> tracing.addSpanProcessor(this.processor))
			// Per reader and instrument, the SDK keeps at most this many series, the last one
			// being {otel.metric.overflow=true} for everything past the limit.
			.addMeterProviderCustomizer((metrics, config) -> metrics.registerView(
					InstrumentSelector.builder().setMeterName(SpanMetricsInstruments.SCOPE).build(),
					View.builder().setCardinalityLimit(this.cardinalityLimit).build()));
	}

	void bind(MeterProvider meterProvider) {
		this.instruments.bind(meterProvider);
	}

	private static String serviceName(Resource resource) {
		return resource.getAttribute(AttributeKey.stringKey("service.name"));
	}

}
