package dev.otelspring.autoconfigure.actuate;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code otel} actuator endpoint ({@link OtelEndpoint}). Available as soon as actuator is on
 * the classpath, exposed on the web only when {@code management.endpoints.web.exposure.include}
 * names it. With {@code otel.sdk.disabled=true} it still shows the configuration.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.pipeline.PipelineAutoConfiguration")
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(OtelEndpoint.class)
public final class OtelEndpointAutoConfiguration {

	OtelEndpointAutoConfiguration() {
	}

	@Bean
	@ConditionalOnMissingBean
	OtelEndpoint otelEndpoint(ConfigurableEnvironment environment, ObjectProvider<PipelineStatistics> statistics) {
		return new OtelEndpoint(environment, statistics);
	}

}
