package dev.otelspring.autoconfigure.jdbc;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.logs.LoggerProvider;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;

/**
 * The OpenTelemetry that the JDBC library gets: ours, seen through delegates from the tracer
 * provider down to the spans, which make sure no data of a statement is recorded. The query text
 * is sanitized whatever the library decided ({@link QueryAttributes}), and an exception keeps its
 * type, SQLState, vendor code and stack frames, but none of its messages
 * ({@link RedactedException}).
 * <p>
 * Why for exceptions: drivers put data into their messages. H2 quotes the whole statement,
 * literals included, PostgreSQL's detail gives the values of a duplicate key, MariaDB the duplicate
 * entry. The library records an exception as it is and has no hook to change that.
 * <p>
 * Why the meters too: the library hands the same start attributes, raw {@code db.query.text}
 * included, to its {@code db.client.operation.duration} histogram. The metric's points keep only
 * the advised attributes, but the SDK keeps the rest with each exemplar, which is exported. So
 * every measurement passes through here as well, its query text sanitized the same way.
 * <p>
 * Why hand-written delegates rather than dynamic proxies: the library builds a span builder and a
 * span per statement, and proxies of them cost a proxy instance, reflective calls and boxed
 * arguments on every statement. No library offers delegating implementations of the API.
 */
final class SqlRedactingTelemetry implements OpenTelemetry {

	private final OpenTelemetry delegate;

	private SqlRedactingTelemetry(OpenTelemetry delegate) {
		this.delegate = delegate;
	}

	static OpenTelemetry wrap(OpenTelemetry openTelemetry) {
		return new SqlRedactingTelemetry(openTelemetry);
	}

	@Override
	public TracerProvider getTracerProvider() {
		return new RedactingTracerProvider(this.delegate.getTracerProvider());
	}

	@Override
	public Tracer getTracer(String instrumentationScopeName) {
		return new RedactingTracer(this.delegate.getTracer(instrumentationScopeName));
	}

	@Override
	public Tracer getTracer(String instrumentationScopeName, String instrumentationScopeVersion) {
		return new RedactingTracer(this.delegate.getTracer(instrumentationScopeName, instrumentationScopeVersion));
	}

	@Override
	public TracerBuilder tracerBuilder(String instrumentationScopeName) {
		return new RedactingTracerProvider.Builder(this.delegate.tracerBuilder(instrumentationScopeName));
	}

	@Override
	public MeterProvider getMeterProvider() {
		return new RedactingMeterProvider(this.delegate.getMeterProvider());
	}

	@Override
	public Meter getMeter(String instrumentationScopeName) {
		return new RedactingMeter(this.delegate.getMeter(instrumentationScopeName));
	}

	@Override
	public MeterBuilder meterBuilder(String instrumentationScopeName) {
		return new RedactingMeterProvider.Builder(this.delegate.meterBuilder(instrumentationScopeName));
	}

	@Override
	public LoggerProvider getLogsBridge() {
		return this.delegate.getLogsBridge();
	}

	@Override
	public ContextPropagators getPropagators() {
		return this.delegate.getPropagators();
	}

}
