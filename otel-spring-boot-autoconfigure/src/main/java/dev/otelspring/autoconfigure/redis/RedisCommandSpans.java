package dev.otelspring.autoconfigure.redis;

import java.time.Instant;
import java.util.Set;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Records one finished Redis command as a CLIENT span with the stable database conventions,
 * the same way for Lettuce and Jedis. Nothing the command carried is recorded: the query text, when
 * known, is the command name followed by one {@code ?} per argument.
 */
final class RedisCommandSpans {

	static final String INSTRUMENTATION_SCOPE = "dev.otelspring.redis";

	private static final AttributeKey<String> DB_QUERY_TEXT = AttributeKey.stringKey("db.query.text");

	/** Their arguments are credentials. */
	private static final Set<String> CREDENTIAL_COMMANDS = Set.of("AUTH", "HELLO", "MIGRATE");

	private final Tracer tracer;

	RedisCommandSpans(OpenTelemetry openTelemetry) {
		this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
	}

	void record(Context parent, String operation, Integer argumentCount, RedisEndpoint endpoint, Instant start,
			Throwable error) {
		Span span = this.tracer.spanBuilder(operation)
			.setSpanKind(SpanKind.CLIENT)
			.setParent(parent)
			.setStartTimestamp(start)
			.setAttribute("db.system.name", "redis")
			.setAttribute("db.operation.name", operation)
			.setAttribute("db.namespace", Long.toString(endpoint.database()))
			.startSpan();
		if (argumentCount != null) {
			span.setAttribute(DB_QUERY_TEXT, operation + " ?".repeat(argumentCount));
		}
		if (endpoint.address() != null) {
			span.setAttribute("server.address", endpoint.address());
		}
		if (endpoint.port() != null) {
			span.setAttribute("server.port", endpoint.port());
		}
		if (error != null) {
			span.setStatus(StatusCode.ERROR);
			span.setAttribute("error.type", error.getClass().getName());
			span.addEvent("exception", RedisErrors.exceptionAttributes(error, CREDENTIAL_COMMANDS.contains(operation)));
		}
		span.end(Instant.now());
	}

}
