package dev.otelspring.autoconfigure.pipeline;

import java.sql.SQLException;
import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;

import static org.assertj.core.api.Assertions.assertThat;

class RedactingSpanExporterTests {

	private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");

	private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

	private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

	private final SdkTracerProvider tracing = SdkTracerProvider.builder()
		.addSpanProcessor(SimpleSpanProcessor.create(new RedactingSpanExporter(this.exporter)))
		.build();

	@AfterEach
	void close() {
		this.tracing.close();
	}

	@Test
	void anEscapedDataAccessExceptionLosesEveryMessageButKeepsTypesAndFrames() {
		SQLException driver = new SQLException("Table \"T\" not found; SQL statement:\nSELECT 'SECRET' [42102-240]",
				"42S02", 42102);
		record(new BadSqlGrammarException("StatementCallback", "SELECT 'SECRET'", driver));
		EventData event = singleEvent();
		assertThat(event.getAttributes().get(MESSAGE))
			.isEqualTo("message redacted (SQLState 42S02, error code 42102)");
		assertThat(event.getAttributes().get(STACKTRACE)).doesNotContain("SECRET")
			.startsWith("org.springframework.jdbc.BadSqlGrammarException: message redacted\n\tat ")
			.contains("Caused by: java.sql.SQLException: message redacted\n");
		assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
			.isEqualTo(BadSqlGrammarException.class.getName());
	}

	@Test
	void aDataAccessExceptionWrappedInAnotherIsRecognizedByItsCause() {
		record(new IllegalStateException("checkout failed", new DuplicateKeyException("Key (name)=(SECRET)")));
		assertThat(singleEvent().getAttributes().get(MESSAGE)).isEqualTo("message redacted");
	}

	@Test
	void otherExceptionsAndPlainEventsAreExportedAsRecorded() {
		Span span = this.tracing.get("test").spanBuilder("work").startSpan();
		span.recordException(new IllegalArgumentException("no such product: 42"));
		span.addEvent("exception", Attributes.of(MESSAGE, "already redacted by the JDBC spans (SQLState 23505)"));
		span.end();
		List<EventData> events = this.exporter.getFinishedSpanItems().get(0).getEvents();
		assertThat(events).extracting((event) -> event.getAttributes().get(MESSAGE))
			.containsExactly("no such product: 42", "already redacted by the JDBC spans (SQLState 23505)");
	}

	private void record(Throwable exception) {
		Span span = this.tracing.get("test").spanBuilder("GET /orders").startSpan();
		span.recordException(exception);
		span.end();
	}

	private EventData singleEvent() {
		assertThat(this.exporter.getFinishedSpanItems()).hasSize(1);
		List<EventData> events = this.exporter.getFinishedSpanItems().get(0).getEvents();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

}
