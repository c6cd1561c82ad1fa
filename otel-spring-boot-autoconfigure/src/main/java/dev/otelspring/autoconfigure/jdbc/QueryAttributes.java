package dev.otelspring.autoconfigure.jdbc;

import java.util.Set;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.instrumentation.api.incubator.semconv.db.SqlDialect;
import io.opentelemetry.instrumentation.api.incubator.semconv.db.SqlQuery;
import io.opentelemetry.instrumentation.api.incubator.semconv.db.SqlQueryAnalyzer;

/**
 * Completes the start attributes of a statement span: {@code db.query.text} with every literal
 * replaced by {@code ?}, and {@code db.operation.name} and {@code db.collection.name} where the
 * statement names one of each.
 * <p>
 * Why after the library: with the stable conventions it sanitizes only statements it does not
 * consider parameterized, and every {@code PreparedStatement} counts as one, although
 * {@code JdbcClient}, for one, prepares statements whose literals are written inline. And it
 * reports the operation and collection only inside {@code db.query.summary}. Its own analyzer does
 * both here, with the quoting rules it applies itself.
 */
final class QueryAttributes {

	static final AttributeKey<String> QUERY_TEXT = AttributeKey.stringKey("db.query.text");

	private static final AttributeKey<String> SYSTEM_NAME = AttributeKey.stringKey("db.system.name");

	private static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("db.operation.name");

	private static final AttributeKey<String> COLLECTION_NAME = AttributeKey.stringKey("db.collection.name");

	private static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("db.operation.batch.size");

	/** Where double quotes delimit identifiers, as the JDBC library decides it. */
	private static final Set<String> QUOTED_IDENTIFIER_SYSTEMS = Set.of("postgresql", "oracle.db", "ibm.db2", "derby",
			"hsqldb", "sap.hana", "clickhouse", "polardb");

	private static final SqlQueryAnalyzer ANALYZER = SqlQueryAnalyzer.create(true);

	private QueryAttributes() {
	}

	// The values go onto the library's span builder, over the ones its setAllAttributes just put
	// there: a copy of all of the statement's attributes, sorted again, would cost more than the span.
	static void complete(Attributes attributes, SpanBuilder builder) {
		String text = attributes.get(QUERY_TEXT);
		if (text == null) {
			return;
		}
		SqlQuery query = analyze(text, attributes.get(SYSTEM_NAME));
		builder.setAttribute(QUERY_TEXT, query.getQueryText());
		String operation = operationName(attributes, query);
		if (operation != null) {
			builder.setAttribute(OPERATION_NAME, operation);
		}
		String collection = collectionName(attributes, query);
		if (collection != null) {
			builder.setAttribute(COLLECTION_NAME, collection);
		}
	}

	/** The same on a span that has started: the library never sets the query text there. */
	static void complete(Attributes attributes, Span span) {
		String text = attributes.get(QUERY_TEXT);
		if (text == null) {
			return;
		}
		SqlQuery query = analyze(text, attributes.get(SYSTEM_NAME));
		span.setAttribute(QUERY_TEXT, query.getQueryText());
		String operation = operationName(attributes, query);
		if (operation != null) {
			span.setAttribute(OPERATION_NAME, operation);
		}
		String collection = collectionName(attributes, query);
		if (collection != null) {
			span.setAttribute(COLLECTION_NAME, collection);
		}
	}

	// A batch of different statements arrives as their texts joined by ';', and names no single one.
	private static boolean single(SqlQuery query) {
		return !query.getQueryText().contains(";");
	}

	private static String operationName(Attributes attributes, SqlQuery query) {
		String operation = query.getOperationName();
		if (!single(query) || operation == null || attributes.get(OPERATION_NAME) != null) {
			return null;
		}
		return (attributes.get(BATCH_SIZE) != null) ? "BATCH " + operation : operation;
	}

	private static String collectionName(Attributes attributes, SqlQuery query) {
		String collection = query.getCollectionName();
		return (single(query) && collection != null && attributes.get(COLLECTION_NAME) == null) ? collection : null;
	}

	/** The attributes with {@code db.query.text} sanitized, and nothing added: a measurement's. */
	static Attributes sanitizeQueryText(Attributes attributes) {
		String text = (attributes != null) ? attributes.get(QUERY_TEXT) : null;
		if (text == null) {
			return attributes;
		}
		String sanitized = analyze(text, attributes.get(SYSTEM_NAME)).getQueryText();
		return attributes.toBuilder().put(QUERY_TEXT, sanitized).build();
	}

	/** The value of an attribute set on its own: sanitized if it is a query text. */
	static String sanitize(String key, String value) {
		return (value != null && QUERY_TEXT.getKey().equals(key)) ? analyze(value, null).getQueryText() : value;
	}

	/** The same for a typed key, whose value is a query text only if it is a string. */
	@SuppressWarnings("unchecked")
	static <T> T sanitize(AttributeKey<T> key, T value) {
		return (value instanceof String text && key != null) ? (T) sanitize(key.getKey(), text) : value;
	}

	private static SqlQuery analyze(String text, String system) {
		boolean quotedIdentifiers = system != null && QUOTED_IDENTIFIER_SYSTEMS.contains(system);
		return ANALYZER.analyze(text, quotedIdentifiers ? SqlDialect.DOUBLE_QUOTES_ARE_IDENTIFIERS
				: SqlDialect.DOUBLE_QUOTES_ARE_STRING_LITERALS);
	}

}
