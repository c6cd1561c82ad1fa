package dev.otelspring.autoconfigure.context;

import io.opentelemetry.instrumentation.reactor.v3_1.ContextPropagationOperator;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;

/**
 * Holds the OpenTelemetry Reactor hooks for as long as one application context needs them.
 * <p>
 * Why counted: Reactor's hooks are global to the JVM, and {@link ContextPropagationOperator}
 * registers only once. Several contexts can live side by side (tests, parent and child contexts),
 * and resetting the hooks when the first one closes would silently stop propagation in the
 * others. Why the extra reset: {@code resetOnEachOperator()} leaves the scheduler hook that the
 * operator installed (it wraps every scheduled task with the scheduling thread's context), so
 * without it a closed application would keep wrapping Reactor's tasks.
 */
final class ReactorContextPropagationHook implements DisposableBean {

	/** The key {@link ContextPropagationOperator} gives its {@code Schedulers.onScheduleHook}. */
	static final String SCHEDULE_HOOK_KEY = ContextPropagationOperator.class.getName() + "$RunnableWrapper";

	private static final Object lock = new Object();

	private static int users;

	private static ContextPropagationOperator operator;

	ReactorContextPropagationHook() {
		synchronized (lock) {
			if (users++ == 0) {
				operator = ContextPropagationOperator.create();
				operator.registerOnEachOperator();
			}
		}
	}

	@Override
	public void destroy() {
		synchronized (lock) {
			if (--users == 0) {
				// The same instance that registered: it unregisters its own async end strategy.
				operator.resetOnEachOperator();
				Schedulers.resetOnScheduleHook(SCHEDULE_HOOK_KEY);
				operator = null;
			}
		}
	}

}
