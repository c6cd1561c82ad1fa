package dev.otelspring.autoconfigure.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * Instruments every {@link DataSource} bean once, at the data source that talks to the database.
 * <p>
 * Why not the routing data source itself: the library reads the database (system, name, host)
 * from the first connection of each data source it wraps and keeps it, so a wrapped router would
 * label every target with the first one's. Its targets are wrapped instead, and the router is left
 * as it is, so a statement gets one span, naming the database that ran it. A Spring
 * {@link DelegatingDataSource} over an instrumented bean is left alone for the same reason.
 */
final class DataSourceInstrumentingPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<JdbcTelemetry> telemetry;

	DataSourceInstrumentingPostProcessor(ObjectProvider<JdbcTelemetry> telemetry) {
		this.telemetry = telemetry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DelegatingDataSource delegating
				&& InstrumentedDataSource.isInstrumented(delegating.getTargetDataSource())) {
			return bean;
		}
		return (bean instanceof DataSource dataSource) ? instrument(dataSource) : bean;
	}

	private DataSource instrument(DataSource dataSource) {
		if (InstrumentedDataSource.isInstrumented(dataSource)) {
			return dataSource;
		}
		if (dataSource instanceof AbstractRoutingDataSource routing) {
			instrumentTargets(routing);
			return routing;
		}
		return InstrumentedDataSource.create(dataSource, this.telemetry.getObject());
	}

	// The resolved targets go back in under their resolved keys, which the default
	// resolveSpecifiedLookupKey returns unchanged, and initialize() resolves them again.
	private void instrumentTargets(AbstractRoutingDataSource routing) {
		Map<Object, Object> targets = new LinkedHashMap<>();
		routing.getResolvedDataSources().forEach((key, target) -> targets.put(key, instrument(target)));
		routing.setTargetDataSources(targets);
		DataSource defaultTarget = routing.getResolvedDefaultDataSource();
		if (defaultTarget != null) {
			routing.setDefaultTargetDataSource(instrument(defaultTarget));
		}
		routing.initialize();
	}

}
