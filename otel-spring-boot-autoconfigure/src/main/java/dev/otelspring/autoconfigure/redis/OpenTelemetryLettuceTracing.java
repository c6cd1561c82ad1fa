package dev.otelspring.autoconfigure.redis;

import java.net.SocketAddress;
import java.util.function.LongSupplier;

import io.lettuce.core.tracing.TraceContext;
import io.lettuce.core.tracing.TraceContextProvider;
import io.lettuce.core.tracing.Tracer;
import io.lettuce.core.tracing.TracerProvider;
import io.lettuce.core.tracing.Tracing;
import io.opentelemetry.context.Context;

/**
 * Lettuce's own tracing SPI, on the OpenTelemetry API. Lettuce calls it for every command it
 * writes, whatever the API (blocking, asynchronous, reactive, pipelined), so each command gets
 * exactly one span, child of the context where the command was dispatched.
 * <p>
 * Lettuce creates one endpoint per connection, which is where the connection's database is kept:
 * it starts as the configured one and follows {@code SELECT}.
 */
final class OpenTelemetryLettuceTracing implements Tracing {

	private final RedisCommandSpans spans;

	private final LongSupplier configuredDatabase;

	private final Tracer tracer = new Tracer() {

		@Override
		public Span nextSpan() {
			return new LettuceCommandSpan(OpenTelemetryLettuceTracing.this.spans, Context.current());
		}

		@Override
		public Span nextSpan(TraceContext traceContext) {
			Context parent = (traceContext instanceof OtelTraceContext otel) ? otel.context() : Context.current();
			return new LettuceCommandSpan(OpenTelemetryLettuceTracing.this.spans, parent);
		}

	};

	OpenTelemetryLettuceTracing(RedisCommandSpans spans, LongSupplier configuredDatabase) {
		this.spans = spans;
		this.configuredDatabase = configuredDatabase;
	}

	@Override
	public TracerProvider getTracerProvider() {
		return () -> this.tracer;
	}

	@Override
	public TraceContextProvider initialTraceContextProvider() {
		return OtelTraceContext.PROVIDER;
	}

	@Override
	public boolean isEnabled() {
		return true;
	}

	// Lettuce would otherwise hand the spans every argument, values and passwords included.
	@Override
	public boolean includeCommandArgsInSpanTags() {
		return false;
	}

	@Override
	public Endpoint createEndpoint(SocketAddress socketAddress) {
		return new ConnectionEndpoint(RedisEndpoint.of(socketAddress, this.configuredDatabase.getAsLong()));
	}

	record ConnectionEndpoint(RedisEndpoint endpoint) implements Endpoint {
	}

}
