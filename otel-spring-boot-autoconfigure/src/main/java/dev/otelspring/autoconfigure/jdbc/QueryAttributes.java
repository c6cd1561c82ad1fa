package dev.otelspring.autoconfigure.jdbc;

import java.util.Set;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
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

	static Attributes complete(Attributes attributes) {
		String text = attributes.get(QUERY_TEXT);
		if (text == null) {
			return attributes;
		}
		SqlQuery query = sanitize(text, attributes.get(SYSTEM_NAME));
		AttributesBuilder completed = attributes.toBuilder().put(QUERY_TEXT, query.getQueryText());
		// A batch of different statements arrives as their texts joined by ';'.
		boolean single = !query.getQueryText().contains(";");
		String operation = query.getOperationName();
		if (single && operation != null && attributes.get(OPERATION_NAME) == null) {
			completed.put(OPERATION_NAME, (attributes.get(BATCH_SIZE) != null) ? "BATCH " + operation : operation);
		}
		if (single && query.getCollectionName() != null && attributes.get(COLLECTION_NAME) == null) {
			completed.put(COLLECTION_NAME, query.getCollectionName());
		}
		return completed.build();
	}

	/** The attributes with {@code db.query.text} sanitized, and nothing added: a measurement's. */
	static Attributes sanitizeQueryText(Attributes attributes) {
		String text = attributes.get(QUERY_TEXT);
		if (text == null) {
			return attributes;
		}
		String sanitized = sanitize(text, attributes.get(SYSTEM_NAME)).getQueryText();
		return attributes.toBuilder().put(QUERY_TEXT, sanitized).build();
	}

	static SqlQuery sanitize(String text, String system) {
		boolean quotedIdentifiers = system != null && QUOTED_IDENTIFIER_SYSTEMS.contains(system);
		return ANALYZER.analyze(text, quotedIdentifiers ? SqlDialect.DOUBLE_QUOTES_ARE_IDENTIFIERS
				: SqlDialect.DOUBLE_QUOTES_ARE_STRING_LITERALS);
	}

}
