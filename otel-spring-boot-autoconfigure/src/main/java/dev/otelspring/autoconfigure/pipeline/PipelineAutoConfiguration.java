package dev.otelspring.autoconfigure.pipeline;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes the export pipelines of the SDK: what each signal exported, dropped and failed to
 * export, and its queue. Also what keeps a broken backend or a careless log line from hurting: a
 * bounded shutdown, log bodies cut to the configured limit, and no data store message exported.
 * <p>
 * No switch of its own: the bookkeeping costs two atomic additions per item, and the protections
 * are not optional. The figures are shown by the {@code otel} actuator endpoint, health contributor
 * and meters ({@code dev.otelspring.autoconfigure.actuate}).
 */
@AutoConfiguration
@ConditionalOnClass({ OpenTelemetrySdk.class, AutoConfiguredOpenTelemetrySdk.class })
@ConditionalOnBooleanProperty(name = "otel.sdk.disabled", havingValue = false, matchIfMissing = true)
public final class PipelineAutoConfiguration {

	PipelineAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	PipelineStatistics otelPipelineStatistics() {
		return new PipelineStatistics();
	}

	// Found by OpenTelemetrySdkFactory with the other AutoConfigurationCustomizerProvider beans.
	@Bean
	@ConditionalOnMissingBean
	PipelineCustomizer otelPipelineCustomizer(PipelineStatistics statistics) {
		return new PipelineCustomizer(statistics);
	}

}
