package dev.otelspring.autoconfigure.web.client;

import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.client.RestTemplate;

/**
 * Instruments {@link RestTemplate} beans that no {@code RestTemplateBuilder} made, such as
 * {@code new RestTemplate()}.
 */
final class RestTemplateInstrumentingPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<SpringWebTelemetry> telemetry;

	RestTemplateInstrumentingPostProcessor(ObjectProvider<SpringWebTelemetry> telemetry) {
		this.telemetry = telemetry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RestTemplate restTemplate) {
			ClientHttpRequestInterceptors.install(restTemplate, this.telemetry.getObject().createInterceptor());
		}
		return bean;
	}

}
