package dev.otelspring.autoconfigure.spanmetrics;

import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Says at startup why span metrics stay empty when the application declares its own tracer or
 * meter provider: the span processor and the metric producer can only be put into the providers
 * that {@code otel.*} builds, and a provider bean replaces those. Without this line, the
 * missing metrics would be found only on a dashboard.
 */
final class UserProvidersWarning implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(UserProvidersWarning.class);

	private final ListableBeanFactory beans;

	UserProvidersWarning(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String[] tracing = this.beans.getBeanNamesForType(SdkTracerProvider.class, false, false);
		String[] metering = this.beans.getBeanNamesForType(SdkMeterProvider.class, false, false);
		if (tracing.length > 0 || metering.length > 0) {
			logger.warn("Span metrics are on (otel.span-metrics.enabled) but record nothing: the application "
					+ "declares its own " + ((tracing.length > 0) ? "SdkTracerProvider" : "SdkMeterProvider")
					+ " bean '" + ((tracing.length > 0) ? tracing[0] : metering[0]) + "', which replaces the one "
					+ "otel.* builds. Remove the bean, or set otel.span-metrics.enabled=false.");
		}
	}

}
