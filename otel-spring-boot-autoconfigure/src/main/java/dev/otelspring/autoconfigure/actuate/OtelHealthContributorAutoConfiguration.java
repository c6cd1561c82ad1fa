package dev.otelspring.autoconfigure.actuate;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code otel} health contributor, always UP with the exporters' state as details, and never
 * a member of the liveness or readiness group: a telemetry outage must not restart a pod.
 * {@code management.health.otel.enabled=false} leaves it out.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.pipeline.PipelineAutoConfiguration")
@ConditionalOnClass({ HealthIndicator.class, HealthEndpointGroupsPostProcessor.class })
@ConditionalOnBean(PipelineStatistics.class)
@ConditionalOnEnabledHealthIndicator(OtelHealthIndicator.NAME)
public final class OtelHealthContributorAutoConfiguration {

	OtelHealthContributorAutoConfiguration() {
	}

	// Named so that the contributor is "otel", the name ProbeGroupsExclusion leaves out.
	@Bean(OtelHealthIndicator.NAME + "HealthIndicator")
	@ConditionalOnMissingBean(name = OtelHealthIndicator.NAME + "HealthIndicator")
	OtelHealthIndicator otelHealthIndicator(PipelineStatistics statistics, ConfigurableEnvironment environment) {
		return new OtelHealthIndicator(statistics, environment);
	}

	@Bean
	ProbeGroupsExclusion otelProbeGroupsExclusion() {
		return new ProbeGroupsExclusion();
	}

}
