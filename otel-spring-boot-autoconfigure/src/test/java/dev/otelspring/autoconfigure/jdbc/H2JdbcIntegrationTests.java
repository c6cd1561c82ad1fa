package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.Map;

/**
 * The JDBC spans against an embedded H2 database, whose error messages quote the whole statement.
 */
class H2JdbcIntegrationTests extends AbstractJdbcIntegrationTests {

	@Override
	List<String> dataSourceProperties() {
		return List.of("spring.datasource.url=jdbc:h2:mem:otel_jdbc_it;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=");
	}

	@Override
	Map<String, Object> databaseAttributes() {
		return Map.of("db.system.name", "h2database", "db.namespace", "otel_jdbc_it");
	}

}
