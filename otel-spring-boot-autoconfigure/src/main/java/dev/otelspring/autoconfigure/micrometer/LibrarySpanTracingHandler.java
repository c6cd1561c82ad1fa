package dev.otelspring.autoconfigure.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;

/**
 * Claims the HTTP Observations that one of our OpenTelemetry library instrumentations already
 * spans, and adopts the current span instead of starting a second one.
 * <p>
 * Why not simply skip those Observations: Boot's {@code TracingAwareMeterObservationHandler}
 * requires a tracing context on every Observation it times, and uses its span for the timer's
 * exemplar. Adopting the current span (ours, opened by the library filter or interceptor around
 * the Observation) keeps the {@code http.server.requests} timer and its exemplar pointing at our
 * span, keeps nested Observations parented to it, and exports nothing twice. Ordered before Boot's
 * handlers so the first-matching tracing group picks this one for those contexts only.
 * <p>
 * Where no such handler exists, the Observations are skipped after all, by
 * {@link CoveredHttpObservationPredicate}: this handler alone would do nothing worth their cost.
 */
final class LibrarySpanTracingHandler implements TracingObservationHandler<Observation.Context> {

	/** Before Boot's receiver (1000) and sender (2000) handlers. */
	static final int ORDER = 500;

	private final Tracer tracer;

	private final LibraryInstrumentedContexts instrumented;

	LibrarySpanTracingHandler(Tracer tracer, LibraryInstrumentedContexts instrumented) {
		this.tracer = tracer;
		this.instrumented = instrumented;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return this.instrumented.test(context);
	}

	@Override
	public void onStart(Observation.Context context) {
		getTracingContext(context).setSpan(this.tracer.currentSpan());
	}

	// The library instrumentation owns the span: this handler neither scopes, annotates nor ends it.
	@Override
	public void onScopeOpened(Observation.Context context) {
	}

	@Override
	public void onScopeClosed(Observation.Context context) {
	}

	@Override
	public void onScopeReset(Observation.Context context) {
	}

	@Override
	public void onEvent(Observation.Event event, Observation.Context context) {
	}

	@Override
	public void onError(Observation.Context context) {
	}

	@Override
	public void onStop(Observation.Context context) {
	}

	@Override
	public Tracer getTracer() {
		return this.tracer;
	}

}
