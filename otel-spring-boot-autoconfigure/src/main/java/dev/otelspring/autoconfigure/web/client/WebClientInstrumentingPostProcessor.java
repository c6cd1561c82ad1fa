package dev.otelspring.autoconfigure.web.client;

import io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxClientTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Instruments {@link WebClient} and {@link WebClient.Builder} beans that Boot's builder did not
 * make, such as {@code WebClient.create()} or a hand-made builder. The library's
 * {@code addFilter} adds its filter only when absent, so a client that the customizer already
 * reached keeps one filter, hence one span per call.
 */
final class WebClientInstrumentingPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<SpringWebfluxClientTelemetry> telemetry;

	WebClientInstrumentingPostProcessor(ObjectProvider<SpringWebfluxClientTelemetry> telemetry) {
		this.telemetry = telemetry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof WebClient webClient) {
			// A WebClient is immutable: the bean becomes an instrumented copy, unless it already was.
			boolean[] added = new boolean[1];
			WebClient.Builder builder = webClient.mutate().filters((filters) -> {
				int before = filters.size();
				this.telemetry.getObject().addFilter(filters);
				added[0] = filters.size() > before;
			});
			return added[0] ? builder.build() : webClient;
		}
		if (bean instanceof WebClient.Builder builder) {
			builder.filters(this.telemetry.getObject()::addFilter);
		}
		return bean;
	}

}
