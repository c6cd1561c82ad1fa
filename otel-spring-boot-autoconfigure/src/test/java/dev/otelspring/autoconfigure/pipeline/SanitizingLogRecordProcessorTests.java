package dev.otelspring.autoconfigure.pipeline;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.logs.LogRecordBuilder;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SanitizingLogRecordProcessorTests {

	private static final AttributeKey<String> TYPE = AttributeKey.stringKey("exception.type");

	private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");

	private static final AttributeKey<String> STACKTRACE = AttributeKey.stringKey("exception.stacktrace");

	private static final String H2_STACKTRACE = """
			org.springframework.jdbc.BadSqlGrammarException: StatementCallback; bad SQL grammar [SELECT 'SECRET']
			\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(Translator.java:233)
			Caused by: org.h2.jdbc.JdbcSQLSyntaxErrorException: Table "T" not found; SQL statement:
			SELECT name FROM t WHERE name = 'SECRET' [42102-240]
			\tat org.h2.message.DbException.getJdbcSQLException(DbException.java:514)
			\t... 12 more
			""";

	private final InMemoryLogRecordExporter exporter = InMemoryLogRecordExporter.create();

	private SdkLoggerProvider logging;

	@AfterEach
	void close() {
		this.logging.close();
	}

	@Test
	void cutsBodiesToTheAttributeValueLengthLimit() {
		this.logging = provider(10);
		log("app").setBody("x".repeat(1_000_000)).emit();
		log("app").setBody("short").emit();
		// A surrogate pair at the limit is not split in half.
		log("app").setBody("123456789\uD83D\uDE00 emoji").emit();
		assertThat(bodies()).containsExactly("x".repeat(10), "short", "123456789");
	}

	@Test
	void removesTheMessagesOfADataStoreErrorFromAttributesAndBody() {
		log("org.apache.catalina.core.ContainerBase")
			.setBody("Servlet.service() threw exception [Request processing failed: org.springframework.jdbc."
					+ "BadSqlGrammarException: bad SQL grammar [SELECT 'SECRET']] with root cause")
			.setAttribute(TYPE, "org.springframework.jdbc.BadSqlGrammarException")
			.setAttribute(MESSAGE, "StatementCallback; bad SQL grammar [SELECT 'SECRET']")
			.setAttribute(STACKTRACE, H2_STACKTRACE)
			.emit();
		LogRecordData record = single();
		assertThat(record.getBodyValue().asString()).isEqualTo("Servlet.service() threw exception "
				+ "[Request processing failed: org.springframework.jdbc.BadSqlGrammarException: message redacted");
		assertThat(record.getAttributes().get(MESSAGE)).isEqualTo("message redacted");
		assertThat(record.getAttributes().get(STACKTRACE)).isEqualTo("""
				org.springframework.jdbc.BadSqlGrammarException: message redacted
				\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(Translator.java:233)
				Caused by: org.h2.jdbc.JdbcSQLSyntaxErrorException: message redacted
				\tat org.h2.message.DbException.getJdbcSQLException(DbException.java:514)
				\t... 12 more
				""");
	}

	@Test
	void recognizesADataStoreErrorByItsCauseToo() {
		log("app").setBody("checkout failed")
			.setAttribute(TYPE, "java.lang.IllegalStateException")
			.setAttribute(MESSAGE, "Could not check out: SELECT 'SECRET'")
			.setAttribute(STACKTRACE, "java.lang.IllegalStateException: Could not check out: SELECT 'SECRET'\n"
					+ "Caused by: java.sql.SQLException: duplicate 'SECRET'\n")
			.emit();
		LogRecordData record = single();
		assertThat(record.getBodyValue().asString()).isEqualTo("checkout failed");
		assertThat(record.getAttributes().get(MESSAGE)).isEqualTo("message redacted");
		assertThat(record.getAttributes().get(STACKTRACE)).doesNotContain("SECRET");
	}

	@Test
	void redactsTheWholeLineOfADriverLogger() {
		log("org.hibernate.engine.jdbc.spi.SqlExceptionHelper")
			.setBody("ERROR: duplicate key value violates unique constraint\n  Detail: Key (name)=(SECRET) exists.")
			.emit();
		assertThat(bodies()).containsExactly("message redacted");
	}

	@Test
	void leavesOtherRecordsAsTheyAre() {
		log("app").setBody("Could not reach the payment service")
			.setAttribute(TYPE, "java.net.ConnectException")
			.setAttribute(MESSAGE, "Connection refused")
			.emit();
		LogRecordData record = single();
		assertThat(record.getBodyValue().asString()).isEqualTo("Could not reach the payment service");
		assertThat(record.getAttributes().get(MESSAGE)).isEqualTo("Connection refused");
	}

	private SdkLoggerProvider provider(int bodyLimit) {
		return SdkLoggerProvider.builder()
			.addLogRecordProcessor(
					new SanitizingLogRecordProcessor(SimpleLogRecordProcessor.create(this.exporter), bodyLimit))
			.build();
	}

	private LogRecordBuilder log(String logger) {
		if (this.logging == null) {
			this.logging = provider(Integer.MAX_VALUE);
		}
		return this.logging.get(logger).logRecordBuilder();
	}

	private List<String> bodies() {
		return this.exporter.getFinishedLogRecordItems().stream().map((log) -> log.getBodyValue().asString()).toList();
	}

	private LogRecordData single() {
		assertThat(this.exporter.getFinishedLogRecordItems()).hasSize(1);
		return this.exporter.getFinishedLogRecordItems().get(0);
	}

}
