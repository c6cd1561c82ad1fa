package dev.otelspring.autoconfigure.logging;

import java.util.Map;
import java.util.Optional;

import dev.otelspring.logging.LogAppenders;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Evaluated after the class conditions beside it, so {@code log-appenders} is known to be there.
 */
class OnLoggingBackendCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnLoggingBackend.class.getName());
		String wanted = (String) attributes.get("value");
		Optional<String> bound = LogAppenders.detect().map(LogAppenders::instrumentationName);
		return wanted.equals(bound.orElse(null)) ? ConditionOutcome.match("logging through " + wanted)
				: ConditionOutcome.noMatch("logging through " + bound.orElse("neither Logback nor Log4j2"));
	}

}
