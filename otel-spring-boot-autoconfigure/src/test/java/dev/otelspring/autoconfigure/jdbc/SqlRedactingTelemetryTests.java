package dev.otelspring.autoconfigure.jdbc;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlRedactingTelemetryTests {

	private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

	private final OpenTelemetry telemetry = SqlRedactingTelemetry.wrap(OpenTelemetrySdk.builder()
		.setTracerProvider(
				SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(this.exporter)).build())
		.build());

	@Test
	void spanStoredInAContextIsTheRedactingOneAndRecordsNoExceptionMessage() {
		Span span = this.telemetry.getTracerProvider()
			.tracerBuilder("test")
			.build()
			.spanBuilder("INSERT t")
			.startSpan();
		Context context = Context.root().with(span);
		SQLException failure = new SQLIntegrityConstraintViolationException("Duplicate entry 'SECRET-1' for key 'sku'",
				"23000", 1062, new IllegalStateException("cause 'SECRET-2'"));
		Span.fromContext(context).recordException(failure);
		Span.fromContext(context).end();
		EventData event = single().getEvents().get(0);
		assertThat(event.getName()).isEqualTo("exception");
		assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
			.isEqualTo(SQLIntegrityConstraintViolationException.class.getName());
		assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
			.isEqualTo("message redacted (SQLState 23000, error code 1062)");
		assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.stacktrace")))
			.contains("Caused by: java.lang.IllegalStateException: message redacted")
			.contains("\tat " + getClass().getName())
			.doesNotContain("SECRET");
	}

	@Test
	void queryTextIsSanitizedEvenWhenTheLibraryKeptItAsWritten() {
		this.telemetry.getTracer("test")
			.spanBuilder("SELECT items")
			.setAllAttributes(Attributes.of(AttributeKey.stringKey("db.system.name"), "mariadb",
					QueryAttributes.QUERY_TEXT, "SELECT id FROM items WHERE name = \"SECRET\" AND price > 42"))
			.startSpan()
			.end();
		assertThat(single().getAttributes().asMap()).containsEntry(QueryAttributes.QUERY_TEXT,
				"SELECT id FROM items WHERE name = ? AND price > ?")
			.containsEntry(AttributeKey.stringKey("db.operation.name"), "SELECT")
			.containsEntry(AttributeKey.stringKey("db.collection.name"), "items");
	}

	@Test
	void quotedIdentifiersStayWhereDoubleQuotesDelimitIdentifiers() {
		this.telemetry.getTracer("test")
			.spanBuilder("SELECT Items")
			.setAllAttributes(Attributes.of(AttributeKey.stringKey("db.system.name"), "postgresql",
					QueryAttributes.QUERY_TEXT, "SELECT \"Name\" FROM \"Items\" WHERE \"Sku\" = 'SECRET'"))
			.startSpan()
			.end();
		assertThat(single().getAttributes().get(QueryAttributes.QUERY_TEXT))
			.isEqualTo("SELECT \"Name\" FROM \"Items\" WHERE \"Sku\" = ?");
	}

	@Test
	void batchOfOneStatementIsNamedAsABatch() {
		this.telemetry.getTracer("test")
			.spanBuilder("BATCH INSERT items")
			.setAllAttributes(Attributes.of(QueryAttributes.QUERY_TEXT, "INSERT INTO items (id) VALUES (?)",
					AttributeKey.longKey("db.operation.batch.size"), 3L))
			.startSpan()
			.end();
		assertThat(single().getAttributes().get(AttributeKey.stringKey("db.operation.name")))
			.isEqualTo("BATCH INSERT");
	}

	@Test
	void queryTextSetAloneIsSanitizedToo() {
		this.telemetry.getTracer("test")
			.spanBuilder("DELETE items")
			.startSpan()
			.setAttribute(QueryAttributes.QUERY_TEXT, "DELETE FROM items WHERE sku = 'SECRET'")
			.end();
		assertThat(single().getAttributes().get(QueryAttributes.QUERY_TEXT))
			.isEqualTo("DELETE FROM items WHERE sku = ?");
	}

	private SpanData single() {
		assertThat(this.exporter.getFinishedSpanItems()).hasSize(1);
		return this.exporter.getFinishedSpanItems().get(0);
	}

}
