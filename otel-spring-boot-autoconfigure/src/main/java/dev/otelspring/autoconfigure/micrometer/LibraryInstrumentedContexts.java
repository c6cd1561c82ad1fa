package dev.otelspring.autoconfigure.micrometer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.otelspring.autoconfigure.instrumentation.InstrumentationSwitch;
import io.micrometer.observation.Observation;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The Observation contexts of HTTP exchanges that one of our library instrumentations already
 * spans: an instrumentation counts only when it is switched on and its library is present.
 */
final class LibraryInstrumentedContexts implements Predicate<Observation.Context> {

	/** Observation context class, mapped to {instrumentation name, library class that spans it}. */
	private static final Map<String, String[]> CONTEXTS = Map.of(
			"org.springframework.http.server.observation.ServerRequestObservationContext",
			new String[] { "spring-webmvc", "io.opentelemetry.instrumentation.spring.webmvc.v6_0.SpringWebMvcTelemetry" },
			"org.springframework.http.server.reactive.observation.ServerRequestObservationContext",
			new String[] { "spring-webflux",
					"io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxServerTelemetry" },
			"org.springframework.http.client.observation.ClientRequestObservationContext",
			new String[] { "spring-web", "io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry" },
			"org.springframework.web.reactive.function.client.ClientRequestObservationContext",
			new String[] { "spring-webflux",
					"io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxClientTelemetry" });

	private final List<Class<?>> instrumented = new ArrayList<>();

	LibraryInstrumentedContexts(Environment environment) {
		ClassLoader classLoader = getClass().getClassLoader();
		CONTEXTS.forEach((context, instrumentation) -> {
			if (ClassUtils.isPresent(context, classLoader) && ClassUtils.isPresent(instrumentation[1], classLoader)
					&& InstrumentationSwitch.isEnabled(environment, instrumentation[0])) {
				this.instrumented.add(ClassUtils.resolveClassName(context, classLoader));
			}
		});
	}

	@Override
	public boolean test(Observation.Context context) {
		for (Class<?> type : this.instrumented) {
			if (type.isInstance(context)) {
				return true;
			}
		}
		return false;
	}

}
