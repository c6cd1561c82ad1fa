package dev.otelspring.autoconfigure.spanmetrics;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * RED metrics from every span, in-process: {@code traces.span.metrics.calls} and
 * {@code traces.span.metrics.duration}, named and labelled as by the Collector's span metrics
 * connector, so existing dashboards keep working.
 * <p>
 * Why here and not in the Collector: the connector and Tempo's generator see only the spans that
 * survive sampling. Here every span is counted, and exemplars point only at exported traces.
 */
@AutoConfiguration
@ConditionalOnClass({ OpenTelemetrySdk.class, AutoConfiguredOpenTelemetrySdk.class })
@ConditionalOnBooleanProperty(name = "otel.span-metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SpanMetricsProperties.class)
public final class SpanMetricsAutoConfiguration {

	SpanMetricsAutoConfiguration() {
	}

	// Found by OpenTelemetrySdkFactory with the other AutoConfigurationCustomizerProvider beans.
	@Bean
	@ConditionalOnMissingBean
	SpanMetricsCustomizer otelSpanMetricsCustomizer(SpanMetricsProperties properties) {
		return new SpanMetricsCustomizer(properties);
	}

	@Bean
	static UserProvidersWarning otelSpanMetricsUserProvidersWarning(ListableBeanFactory beans) {
		return new UserProvidersWarning(beans);
	}

}
