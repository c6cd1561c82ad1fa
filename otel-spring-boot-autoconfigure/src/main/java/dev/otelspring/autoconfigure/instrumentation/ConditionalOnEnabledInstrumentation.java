package dev.otelspring.autoconfigure.instrumentation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.opentelemetry.api.OpenTelemetry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Conditional;

/**
 * The one switch for an instrumentation: matches when {@code otel.instrumentation.<name>.enabled}
 * is true, or, when it is unset, when {@code otel.instrumentation.common.default-enabled} is true
 * (the default). Also requires the {@link OpenTelemetry} bean, so with {@code otel.sdk.disabled=true}
 * instrumentations get the no-op instance rather than disappearing half-wired.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnBean(OpenTelemetry.class)
@Conditional(OnEnabledInstrumentationCondition.class)
public @interface ConditionalOnEnabledInstrumentation {

	/**
	 * The instrumentation's name, as in {@code otel.instrumentation.<name>.enabled}.
	 * @return the name
	 */
	String value();

}
