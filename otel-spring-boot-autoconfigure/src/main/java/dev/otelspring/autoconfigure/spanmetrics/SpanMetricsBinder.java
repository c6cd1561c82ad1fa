package dev.otelspring.autoconfigure.spanmetrics;

import io.opentelemetry.sdk.OpenTelemetrySdk;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Hands the SDK's meter provider to the span metrics the moment the SDK bean is built: earlier
 * than any other bean can use the SDK, so no span ends before the instruments are real.
 * <p>
 * A post-processor rather than a bean that depends on the SDK, because such a bean would be
 * created at an arbitrary later point of the startup, after spans that startup code may make.
 */
final class SpanMetricsBinder implements BeanPostProcessor {

	private final ObjectProvider<SpanMetricsCustomizer> customizer;

	SpanMetricsBinder(ObjectProvider<SpanMetricsCustomizer> customizer) {
		this.customizer = customizer;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof OpenTelemetrySdk sdk) {
			this.customizer.ifAvailable((spanMetrics) -> spanMetrics.bind(sdk.getMeterProvider()));
		}
		return bean;
	}

}
