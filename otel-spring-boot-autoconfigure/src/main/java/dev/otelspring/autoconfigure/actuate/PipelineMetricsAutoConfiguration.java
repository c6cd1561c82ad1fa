package dev.otelspring.autoconfigure.actuate;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The export figures as Micrometer meters ({@link PipelineMeters}), bound by Boot to every
 * {@code MeterRegistry}: {@code otel_exporter_spans_dropped_total} on {@code /actuator/prometheus}.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.pipeline.PipelineAutoConfiguration")
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(PipelineStatistics.class)
public final class PipelineMetricsAutoConfiguration {

	PipelineMetricsAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	PipelineMeters otelPipelineMeters(PipelineStatistics statistics) {
		return new PipelineMeters(statistics);
	}

}
