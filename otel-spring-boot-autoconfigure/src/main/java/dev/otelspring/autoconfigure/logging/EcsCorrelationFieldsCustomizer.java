package dev.otelspring.autoconfigure.logging;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Writes the trace and span ids of Spring Boot's ECS JSON lines under ECS's own field names,
 * {@code trace.id} and {@code span.id}, as dotted keys like the ecs-logging libraries write them.
 * Logstash and GELF lines keep the MDC keys, as those formats do with every MDC entry
 * ({@code trace_id} and {@code _trace_id} by default). Registered in {@code spring.factories}, where
 * Boot finds the customizers of its structured formats.
 * <p>
 * Why the stack is looked at: Boot tells a customizer nothing about the format it shapes, and the
 * console and the file may use different ones. Boot builds each formatter's JSON writer in the
 * formatter's constructor, which is when this runs, so that constructor is on the stack.
 */
class EcsCorrelationFieldsCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

	private static final Set<String> ECS_FORMATTERS = Set.of(
			"org.springframework.boot.logging.logback.ElasticCommonSchemaStructuredLogFormatter",
			"org.springframework.boot.logging.log4j2.ElasticCommonSchemaStructuredLogFormatter");

	private final Map<String, String> fieldNames;

	EcsCorrelationFieldsCustomizer(Environment environment) {
		boolean available = ClassUtils.isPresent(EnabledLogAppenders.REQUIRED_CLASS, getClass().getClassLoader());
		this.fieldNames = (available && isBuildingEcs()) ? EnabledLogAppenders.ecsFieldNames(environment) : Map.of();
	}

	@Override
	public void customize(Members<Object> members) {
		if (!this.fieldNames.isEmpty()) {
			// Only top-level names: the MDC entries are written at the top of the ECS object.
			members.applyingNameProcessor((path, name) -> name.equals(path.toUnescapedString())
					? this.fieldNames.getOrDefault(name, name) : name);
		}
	}

	private static boolean isBuildingEcs() {
		return StackWalker.getInstance()
			.walk((frames) -> frames.anyMatch((frame) -> ECS_FORMATTERS.contains(frame.getClassName())));
	}

}
