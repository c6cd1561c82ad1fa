package dev.otelspring.autoconfigure.logging;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Matches when our appenders do not put the trace into the MDC: {@code log-appenders} is absent,
 * neither Logback nor Log4j2 does the logging, or the backend's switch is off. For MDC writers that
 * would otherwise duplicate (or, under the same keys, contradict) ours, such as Micrometer's
 * {@code Slf4JEventListener}.
 */
public class NoLogCorrelationCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (!ClassUtils.isPresent(EnabledLogAppenders.REQUIRED_CLASS, context.getClassLoader())) {
			return ConditionOutcome.match("log-appenders is absent");
		}
		return EnabledLogAppenders.find(context.getEnvironment())
			.map((appenders) -> ConditionOutcome.noMatch(appenders.instrumentationName() + " puts the trace into the MDC"))
			.orElseGet(() -> ConditionOutcome.match("no log correlation of ours"));
	}

}
