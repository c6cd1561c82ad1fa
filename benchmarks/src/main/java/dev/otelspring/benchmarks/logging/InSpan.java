package dev.otelspring.benchmarks.logging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A sampled span, current on the benchmark thread for a whole iteration, as a request's server
 * span is while the request logs: the correlation and the export then have ids to read.
 * <p>
 * Why per iteration: JMH runs a thread-scoped state's set-up on the thread that uses it, so the
 * span is current where the events are logged, and making it current per event would add the
 * scope's cost to the figure.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
public class InSpan {

	private Span span;

	private Scope scope;

	@Setup(Level.Iteration)
	public void enter(LogExport export) {
		this.span = export.openTelemetry().getTracer("benchmark").spanBuilder("GET /work").startSpan();
		this.scope = this.span.makeCurrent();
	}

	@TearDown(Level.Iteration)
	public void leave() {
		this.scope.close();
		this.span.end();
	}

}
