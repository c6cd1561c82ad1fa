package dev.otelspring.autoconfigure.redis;

import io.lettuce.core.tracing.TraceContext;
import io.lettuce.core.tracing.TraceContextProvider;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.reactor.v3_1.ContextPropagationOperator;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.util.ClassUtils;

/**
 * The OpenTelemetry context that a command's span is parented to, captured when Lettuce
 * dispatches the command: on the calling thread for the blocking and asynchronous APIs.
 * <p>
 * Why the Reactor context too: a reactive command is dispatched where it is subscribed, often an
 * event-loop thread that carries no context of its own. The context then travels in the
 * subscriber's Reactor context, under the key of the OpenTelemetry Reactor library or of our
 * Micrometer context-propagation accessor.
 */
record OtelTraceContext(Context context) implements TraceContext {

	static final TraceContextProvider PROVIDER = new TraceContextProvider() {

		@Override
		public TraceContext getTraceContext() {
			return new OtelTraceContext(Context.current());
		}

		@Override
		public Mono<TraceContext> getTraceContextLater() {
			return Mono.deferContextual((view) -> Mono.just(new OtelTraceContext(fromReactor(view))));
		}

	};

	private static final boolean REACTOR_INSTRUMENTATION_PRESENT = ClassUtils.isPresent(
			"io.opentelemetry.instrumentation.reactor.v3_1.ContextPropagationOperator",
			OtelTraceContext.class.getClassLoader());

	/** The key of {@code dev.otelspring.autoconfigure.context.OpenTelemetryContextAccessor}. */
	private static final String ACCESSOR_KEY = "otel.context";

	private static Context fromReactor(ContextView view) {
		Object captured = view.getOrDefault(ACCESSOR_KEY, null);
		Context context = (captured instanceof Context otel) ? otel : Context.current();
		return REACTOR_INSTRUMENTATION_PRESENT
				? ContextPropagationOperator.getOpenTelemetryContextFromContextView(view, context) : context;
	}

}
