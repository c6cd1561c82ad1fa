package dev.otelspring.autoconfigure.jdbc;

import javax.sql.DataSource;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * One CLIENT span per JDBC statement execution, from the OpenTelemetry JDBC library, for every
 * {@link DataSource} bean: Hikari, a plain driver data source, H2 or one of the application's own.
 * Literals in the statement become {@code ?}; parameter values and driver messages are never
 * recorded.
 */
@AutoConfiguration(afterName = "dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration")
@ConditionalOnClass({ JdbcTelemetry.class, AbstractRoutingDataSource.class })
@ConditionalOnEnabledInstrumentation("jdbc")
public final class JdbcInstrumentationAutoConfiguration {

	JdbcInstrumentationAutoConfiguration() {
	}

	// Both privacy settings are spelled out rather than left to the library's defaults.
	@Bean
	@ConditionalOnMissingBean
	JdbcTelemetry jdbcTelemetry(OpenTelemetry openTelemetry) {
		return JdbcTelemetry.builder(SqlRedactingTelemetry.wrap(openTelemetry))
			.setQuerySanitizationEnabled(true)
			.setCaptureQueryParameters(false)
			.build();
	}

	// Static and lazy: a post-processor is created before ordinary beans, and resolving the
	// telemetry (hence the OpenTelemetry SDK) that early would exclude them from post-processing.
	// Being created that early is also what lets it switch on the stable conventions in time.
	@Bean
	static BeanPostProcessor otelDataSourceBeanPostProcessor(ObjectProvider<JdbcTelemetry> telemetry,
			Environment environment) {
		DatabaseSemconvOptIn.apply(environment);
		return new DataSourceInstrumentingPostProcessor(telemetry);
	}

}
