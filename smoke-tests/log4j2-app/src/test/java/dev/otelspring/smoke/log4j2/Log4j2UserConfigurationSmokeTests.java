package dev.otelspring.smoke.log4j2;

import java.util.Collection;

import dev.otelspring.autoconfigure.logging.shared.AbstractUserConfigurationLoggingTests;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.DefaultConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A user's own Log4j2 configuration, which declares the OpenTelemetry appender itself: it keeps
 * working as written, gets the trace ids, and its appender is used rather than a second one added.
 */
class Log4j2UserConfigurationSmokeTests extends AbstractUserConfigurationLoggingTests {

	Log4j2UserConfigurationSmokeTests() {
		super(Log4j2Backend.LOG4J2, "classpath:logging/log4j2-user.xml");
	}

	/** Every appender of the configuration, not only the root logger's. */
	@Override
	protected Collection<String> appenderNames() {
		return Log4j2Backend.configuration().getAppenders().keySet();
	}

	/** The whole auto-configuration, as in an application on our starter. */
	@Override
	protected Class<?> application() {
		return PlainApp.class;
	}

	@Override
	protected void forgetUserConfiguration() {
		// Boot takes the configuration an earlier application loaded into this JVM's Log4j2 for the
		// user's own, and would keep it for the next test: hand that one Log4j2's default instead.
		((LoggerContext) LogManager.getContext(false)).reconfigure(new DefaultConfiguration());
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class PlainApp {

	}

}
