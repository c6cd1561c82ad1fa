package dev.otelspring.autoconfigure.logging;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Installs the appenders into the logging configuration that Spring Boot has just built, so that
 * neither {@code logback-spring.xml} nor {@code log4j2-spring.xml} needs an edit.
 * <p>
 * Why this early, right after Boot's {@link LoggingApplicationListener}: the export appender then
 * buffers every startup log (the banner's successors, "Starting ...", bean creation) until
 * {@link LogAppendersInstallation} hands it the SDK. Why the two later events: a buffer that no SDK
 * will ever drain (startup failed before the SDK, or no installation bean) is dropped, not kept.
 */
class LogAppendersApplicationListener implements GenericApplicationListener {

	// Boot (re)builds the logging configuration in its listener; ours must come after it.
	static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER + 1;

	private Environment environment;

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.getRawClass();
		return type != null && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationStartedEvent.class.isAssignableFrom(type) || ApplicationFailedEvent.class.isAssignableFrom(type));
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (!ClassUtils.isPresent(EnabledLogAppenders.REQUIRED_CLASS, getClass().getClassLoader())) {
			return;
		}
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			this.environment = prepared.getEnvironment();
			EnabledLogAppenders.prepare(this.environment);
		}
		else if (event instanceof ApplicationStartedEvent started && !isInstalled(started.getApplicationContext())) {
			EnabledLogAppenders.release(started.getApplicationContext().getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent failed && this.environment != null) {
			// A live installation stays: it exports Boot's failure report, then closes with the context.
			ConfigurableApplicationContext context = failed.getApplicationContext();
			if (context == null || !context.isActive() || !isInstalled(context)) {
				EnabledLogAppenders.release(this.environment);
			}
		}
	}

	private static boolean isInstalled(ConfigurableApplicationContext context) {
		return context.getBeanProvider(LogAppendersInstallation.class).getIfAvailable() != null;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
