package dev.otelspring.autoconfigure.context;

import io.micrometer.context.ContextRegistry;

/**
 * Moves {@link OpenTelemetryContextAccessor} after every other accessor of a
 * {@link ContextRegistry}, so the OpenTelemetry context captured on the caller's thread is the
 * one current in the task.
 * <p>
 * Why: a snapshot is restored in registry order, and the registry's order is the classpath's
 * ({@code META-INF/services}). Micrometer's Observation accessor restores by opening the
 * Observation's scope, which makes the Observation's span current. Restored after ours, it would
 * replace the span the caller had made current inside that Observation with the OpenTelemetry
 * API (or one of our library instrumentations), and the task's spans would get the wrong parent.
 * Restored before ours, the captured context simply wins, and scopes still close in reverse.
 */
final class ContextAccessorOrdering {

	ContextAccessorOrdering(ContextRegistry registry) {
		// Only when registered: a user who removed it on purpose keeps it removed.
		if (registry.getThreadLocalAccessors().stream().anyMatch(OpenTelemetryContextAccessor.class::isInstance)) {
			// Registering under the same key replaces the old entry and appends the new one.
			registry.registerThreadLocalAccessor(new OpenTelemetryContextAccessor());
		}
	}

}
