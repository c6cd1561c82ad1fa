package dev.otelspring.autoconfigure.web.client;

import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * Instruments {@link RestClient} and {@link RestClient.Builder} beans that Boot's builder did not
 * make, such as {@code RestClient.create()} or a hand-made builder.
 */
final class RestClientInstrumentingPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<SpringWebTelemetry> telemetry;

	RestClientInstrumentingPostProcessor(ObjectProvider<SpringWebTelemetry> telemetry) {
		this.telemetry = telemetry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RestClient restClient) {
			// A RestClient is immutable: the bean becomes an instrumented copy.
			return ClientHttpRequestInterceptors.install(restClient, this.telemetry.getObject().createInterceptor());
		}
		if (bean instanceof RestClient.Builder builder) {
			ClientHttpRequestInterceptors.install(builder, this.telemetry.getObject().createInterceptor());
		}
		return bean;
	}

}
