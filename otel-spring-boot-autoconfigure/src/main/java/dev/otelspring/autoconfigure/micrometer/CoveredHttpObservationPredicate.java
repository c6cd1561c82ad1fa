package dev.otelspring.autoconfigure.micrometer;

import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Turns Spring's HTTP server and client Observations into no-ops when a library span already
 * covers them and no handler would do anything with them: without a meter handler (no actuator),
 * the only handler that acts is {@link LibrarySpanTracingHandler}, which merely adopts the
 * library's span. Skipping the Observation then loses nothing, and spares every request the
 * Observation's start, scope, key values and handler calls.
 * <p>
 * Micrometer offers no way to ask a registry which handlers it has, so this looks at the
 * {@link ObservationHandler} beans, which are what Boot registers. A handler added to the
 * registry by other means is not seen: such an application registers its handler as a bean
 * instead, or replaces this predicate by a bean named
 * {@value CoveredHttpObservationsAutoConfiguration#PREDICATE_BEAN_NAME}.
 */
final class CoveredHttpObservationPredicate implements ObservationPredicate, SmartInitializingSingleton {

	private final LibraryInstrumentedContexts instrumented;

	private final ObjectProvider<ObservationHandler<?>> handlerBeans;

	// Until every singleton exists, an Observation keeps running as it did before this predicate:
	// looking the handlers up earlier could meet one still in creation.
	private volatile List<ObservationHandler<?>> handlers;

	CoveredHttpObservationPredicate(LibraryInstrumentedContexts instrumented,
			ObjectProvider<ObservationHandler<?>> handlerBeans) {
		this.instrumented = instrumented;
		this.handlerBeans = handlerBeans;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.handlers = this.handlerBeans.orderedStream().toList();
	}

	@Override
	public boolean test(String name, Observation.Context context) {
		List<ObservationHandler<?>> handlers = this.handlers;
		return handlers == null || !this.instrumented.test(context) || anyHandlerActs(handlers, context);
	}

	// Boot registers the tracing handlers as one first-matching group, in bean order, and every
	// other handler besides it. So of the tracing handlers only the first supporting one runs,
	// and it acts unless it is ours; any other supporting handler (meters, a user's) acts.
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static boolean anyHandlerActs(List<ObservationHandler<?>> handlers, Observation.Context context) {
		boolean tracingClaimed = false;
		for (ObservationHandler handler : handlers) {
			if (!handler.supportsContext(context)) {
				continue;
			}
			if (!(handler instanceof TracingObservationHandler)) {
				return true;
			}
			if (!tracingClaimed) {
				if (!(handler instanceof LibrarySpanTracingHandler)) {
					return true;
				}
				tracingClaimed = true;
			}
		}
		return false;
	}

}
