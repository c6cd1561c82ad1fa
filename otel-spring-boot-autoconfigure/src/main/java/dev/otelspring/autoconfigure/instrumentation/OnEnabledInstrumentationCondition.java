package dev.otelspring.autoconfigure.instrumentation;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Reads the per-instrumentation switch before any bean exists, so a disabled instrumentation
 * costs nothing at all: no bean, no filter, no wrapper.
 */
class OnEnabledInstrumentationCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata
			.getAnnotationAttributes(ConditionalOnEnabledInstrumentation.class.getName());
		String name = (String) attributes.get("value");
		String property = InstrumentationSwitch.property(name);
		return InstrumentationSwitch.isEnabled(context.getEnvironment(), name)
				? ConditionOutcome.match("instrumentation '" + name + "' enabled (" + property + ")")
				: ConditionOutcome.noMatch("instrumentation '" + name + "' disabled (" + property + ")");
	}

}
