package dev.otelspring.autoconfigure.micrometer;

import dev.otelspring.autoconfigure.instrumentation.ConditionalOnEnabledInstrumentation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.otel.bridge.OtelTracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Spring's HTTP Observations cost nothing on the request path when our library spans cover them
 * and nothing else would use them: see {@link CoveredHttpObservationPredicate}. With a meter
 * handler (actuator), they run as before, for Boot's {@code http.server.requests} and
 * {@code http.client.requests} timers and their exemplars.
 * <p>
 * Under the same switch as {@link MicrometerTracingBridgeAutoConfiguration}, since only its
 * {@link LibrarySpanTracingHandler} makes an Observation of a covered exchange redundant.
 */
@AutoConfiguration(after = MicrometerTracingBridgeAutoConfiguration.class)
@ConditionalOnClass({ ObservationPredicate.class, OtelTracer.class })
@ConditionalOnEnabledInstrumentation("micrometer-tracing")
public final class CoveredHttpObservationsAutoConfiguration {

	/** A bean of this name, declared by the application, replaces ours. */
	public static final String PREDICATE_BEAN_NAME = "otelCoveredHttpObservationPredicate";

	CoveredHttpObservationsAutoConfiguration() {
	}

	@Bean(PREDICATE_BEAN_NAME)
	@ConditionalOnMissingBean(name = PREDICATE_BEAN_NAME)
	CoveredHttpObservationPredicate otelCoveredHttpObservationPredicate(Environment environment,
			ObjectProvider<ObservationHandler<?>> handlers) {
		return new CoveredHttpObservationPredicate(new LibraryInstrumentedContexts(environment), handlers);
	}

}
