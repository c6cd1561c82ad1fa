package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.Map;

import dev.otelspring.autoconfigure.web.IntegrationProperties;
import dev.otelspring.autoconfigure.web.TracedApplication;
import dev.otelspring.autoconfigure.web.TracedHttp;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.otelspring.autoconfigure.jdbc.JdbcItApplication.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One real application per database, exporting over OTLP/HTTP to a test receiver: each request
 * carries its own traceparent, and its spans are checked as decoded from the wire, SERVER span
 * first, then one CLIENT span per statement beneath it. After every test, no literal of a
 * statement and no parameter value may appear in any byte received so far.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJdbcIntegrationTests {

	protected TracedApplication application;

	/** The datasource settings, {@code spring.datasource.*}. */
	abstract List<String> dataSourceProperties();

	/** The attributes every statement span of this database has. */
	abstract Map<String, Object> databaseAttributes();

	@BeforeAll
	void startApplication() {
		this.application = new TracedApplication(new SpringApplicationBuilder(JdbcItApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.open-in-view=false",
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379")
			.properties(dataSourceProperties().toArray(String[]::new)), "/settle",
				(receiver) -> IntegrationProperties.tracesTo(receiver, "jdbc-it"));
		this.application.start();
		// The row the failure test collides with, inserted outside any trace.
		this.application.context()
			.getBean(JdbcTemplate.class)
			.update(JdbcItApplication.INSERT, 1000, JdbcItApplication.DUPLICATE_LITERAL, "seed", 1);
	}

	@AfterAll
	void stopApplication() {
		this.application.stop();
	}

	@Test
	void jdbcClientQueryIsOneClientSpanWithItsLiteralsReplaced() {
		ReceivedSpan select = single(statementSpans("/jdbc-client"));
		assertThat(select.name()).isEqualTo("SELECT " + TABLE);
		assertThat(select.attributes()).containsEntry("db.operation.name", "SELECT")
			.containsEntry("db.collection.name", TABLE)
			.containsEntry("db.query.summary", "SELECT " + TABLE)
			.containsEntry("db.query.text", "SELECT name FROM " + TABLE + " WHERE sku = ? AND price > ?");
		assertThat(select.status()).isEqualTo(StatusCode.UNSET);
	}

	@Test
	void jdbcTemplateParametersAreNeverRecorded() {
		ReceivedSpan insert = single(statementSpans("/jdbc-template"));
		assertThat(insert.name()).isEqualTo("INSERT " + TABLE);
		assertThat(insert.attributes()).containsEntry("db.operation.name", "INSERT")
			.containsEntry("db.query.text", JdbcItApplication.INSERT)
			.doesNotContainKeys("db.query.parameter.0", "db.query.parameter.1");
	}

	@Test
	void jpaQueryIsOneClientSpan() {
		ReceivedSpan select = single(statementSpans("/jpa"));
		assertThat(select.name()).isEqualTo("SELECT " + TABLE);
		assertThat(String.valueOf(select.attribute("db.query.text"))).startsWith("select ").contains("sku=?");
	}

	@Test
	void failingStatementIsAnErrorWithItsExceptionRedacted() {
		ReceivedSpan insert = single(statementSpans("/failure"));
		assertThat(insert.status()).isEqualTo(StatusCode.ERROR);
		assertThat(insert.attributes()).containsKey("error.type");
		assertThat(insert.events()).filteredOn((event) -> event.name().equals("exception"))
			.singleElement()
			.satisfies((event) -> assertThat(String.valueOf(event.attributes().get("exception.message")))
				.startsWith("message redacted (SQLState 23"));
	}

	@Test
	void batchIsOneSpanForTheWholeBatch() {
		ReceivedSpan batch = single(statementSpans("/batch"));
		assertThat(batch.name()).isEqualTo("BATCH INSERT " + TABLE);
		assertThat(batch.attributes()).containsEntry("db.operation.name", "BATCH INSERT")
			.containsEntry("db.collection.name", TABLE)
			.containsEntry("db.operation.batch.size", 3L)
			.containsEntry("db.query.text", JdbcItApplication.INSERT);
	}

	/** The CLIENT spans of one request, each checked to be a statement span of this database. */
	List<ReceivedSpan> statementSpans(String path) {
		String parentId = TracedHttp.newSpanId();
		List<ReceivedSpan> spans = this.application.settledTraceOf(path, parentId);
		assertThat(spans).as(TracedHttp.describe(spans)).extracting(ReceivedSpan::spanId).doesNotHaveDuplicates();
		ReceivedSpan server = spans.stream().filter((span) -> span.kind() == SpanKind.SERVER).findFirst().orElseThrow();
		assertThat(server.parentSpanId()).isEqualTo(parentId);
		List<ReceivedSpan> clients = spans.stream().filter((span) -> span.kind() == SpanKind.CLIENT).toList();
		assertThat(spans).as(TracedHttp.describe(spans)).hasSize(clients.size() + 1);
		assertThat(clients).allSatisfy((client) -> {
			assertThat(client.parentSpanId()).isEqualTo(server.spanId());
			assertThat(client.attributes()).containsAllEntriesOf(databaseAttributes());
		});
		assertNothingSecretExported();
		return clients;
	}

	void assertNothingSecretExported() {
		this.application.assertNoneExported(JdbcItApplication.SECRETS);
	}

	static ReceivedSpan single(List<ReceivedSpan> spans) {
		assertThat(spans).as(TracedHttp.describe(spans)).hasSize(1);
		return spans.get(0);
	}

}
