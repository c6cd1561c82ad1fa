package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.Map;

/**
 * The JDBC spans against the local MariaDB (user root, no password, database {@code test}).
 */
class MariaDbJdbcIntegrationTests extends AbstractJdbcIntegrationTests {

	@Override
	List<String> dataSourceProperties() {
		return List.of("spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/test", "spring.datasource.username=root",
				"spring.datasource.password=");
	}

	@Override
	Map<String, Object> databaseAttributes() {
		return Map.of("db.system.name", "mariadb", "db.namespace", "test", "server.address", "127.0.0.1",
				"server.port", 3306L);
	}

}
