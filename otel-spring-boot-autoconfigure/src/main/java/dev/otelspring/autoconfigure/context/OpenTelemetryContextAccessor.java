package dev.otelspring.autoconfigure.context;

import io.micrometer.context.ThreadLocalAccessor;
import io.opentelemetry.context.Context;

/**
 * Lets Micrometer's context-propagation library carry the OpenTelemetry {@link Context}.
 * <p>
 * Why: Spring's {@code ContextPropagatingTaskDecorator} (used by Boot's task executors, hence
 * {@code @Async} and virtual threads) and Reactor's automatic propagation restore exactly the
 * thread locals registered with that library. Micrometer registers only the current Observation,
 * which does not hold a span our library instrumentations made, so without this the trace would
 * stop at the first thread hop. Registered through {@code META-INF/services}.
 */
public final class OpenTelemetryContextAccessor implements ThreadLocalAccessor<Context> {

	/** The key under which the context travels in a context snapshot or a Reactor context. */
	public static final String KEY = "otel.context";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public Context getValue() {
		Context current = Context.current();
		// The root context carries nothing: reporting it as absent keeps snapshots empty.
		return (current == Context.root()) ? null : current;
	}

	@Override
	public void setValue(Context value) {
		// The scope is not kept: restore() makes the previous context current again, which is what
		// closing it would do, and ThreadLocalContextStorage keeps no per-scope state to leak.
		value.makeCurrent();
	}

	@Override
	public void setValue() {
		Context.root().makeCurrent();
	}

	@Override
	public void restore(Context previousValue) {
		previousValue.makeCurrent();
	}

	@Override
	public void restore() {
		Context.root().makeCurrent();
	}

}
