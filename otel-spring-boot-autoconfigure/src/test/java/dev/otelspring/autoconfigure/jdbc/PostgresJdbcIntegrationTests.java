package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.Map;

import dev.otelspring.autoconfigure.web.TracedHttp;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDBC spans against the local PostgreSQL (trust authentication, database {@code test}), and
 * the request that reads PostgreSQL, then reads and writes Redis.
 */
class PostgresJdbcIntegrationTests extends AbstractJdbcIntegrationTests {

	@Override
	List<String> dataSourceProperties() {
		return List.of("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
				"spring.datasource.username=postgres", "spring.datasource.password=");
	}

	@Override
	Map<String, Object> databaseAttributes() {
		return Map.of("db.system.name", "postgresql", "db.namespace", "test", "server.address", "127.0.0.1",
				"server.port", 5432L);
	}

	@Test
	void requestReadingTheDatabaseThenTheCacheIsOneServerSpanWithAChildPerStatementAndCommand() {
		String parentId = TracedHttp.newSpanId();
		try {
			List<ReceivedSpan> spans = this.application.settledTraceOf("/order", parentId);
			String described = TracedHttp.describe(spans);
			assertThat(spans).as(described).hasSize(4).extracting(ReceivedSpan::spanId).doesNotHaveDuplicates();
			ReceivedSpan server = TracedHttp.single(spans, SpanKind.SERVER, "GET /order");
			assertThat(server.parentSpanId()).isEqualTo(parentId);
			ReceivedSpan select = TracedHttp.single(spans, SpanKind.CLIENT, "SELECT " + JdbcItApplication.TABLE);
			ReceivedSpan get = TracedHttp.single(spans, SpanKind.CLIENT, "GET");
			ReceivedSpan set = TracedHttp.single(spans, SpanKind.CLIENT, "SET");
			assertThat(List.of(select, get, set)).as(described)
				.allSatisfy((client) -> assertThat(client.parentSpanId()).isEqualTo(server.spanId()));
			assertThat(select.attributes()).containsAllEntriesOf(databaseAttributes())
				.containsEntry("db.query.text",
						"SELECT name FROM " + JdbcItApplication.TABLE + " WHERE sku = ? AND price > ?");
			assertThat(get.attributes()).containsEntry("db.system.name", "redis")
				.containsEntry("db.operation.name", "GET")
				.containsEntry("db.query.text", "GET ?")
				.containsEntry("db.namespace", "0")
				.containsEntry("server.address", "127.0.0.1")
				.containsEntry("server.port", 6379L);
			assertThat(set.attributes()).containsEntry("db.operation.name", "SET")
				.containsEntry("db.query.text", "SET ? ?");
			assertNothingSecretExported();
		}
		finally {
			this.application.context().getBean(StringRedisTemplate.class).delete(JdbcItApplication.REDIS_KEY);
		}
	}

}
