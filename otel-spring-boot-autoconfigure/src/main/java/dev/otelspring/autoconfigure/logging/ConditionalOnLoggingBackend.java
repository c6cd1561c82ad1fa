package dev.otelspring.autoconfigure.logging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the application logs through the given backend. Its classes on the classpath are
 * not enough: an application can carry Logback and Log4j2 Core, and only one of them is bound.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnLoggingBackendCondition.class)
@interface ConditionalOnLoggingBackend {

	/**
	 * The backend, by its instrumentation's name: {@code logback-appender} or {@code log4j-appender}.
	 * @return the name
	 */
	String value();

}
