package dev.otelspring.autoconfigure.logging.shared;

import java.util.Collection;
import java.util.UUID;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import io.opentelemetry.api.trace.SpanContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.awaitRecord;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.consoleLine;
import static dev.otelspring.autoconfigure.logging.shared.LoggedApps.inSpan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's own logging configuration, which declares the OpenTelemetry appender itself: it keeps
 * working as written, gets the trace ids, and its appender is used rather than a second one added.
 */
@ExtendWith(OutputCaptureExtension.class)
public abstract class AbstractUserConfigurationLoggingTests {

	private final LoggingBackend backend;

	private final String userConfiguration;

	private final String id = UUID.randomUUID().toString();

	private OtlpTestReceiver receiver;

	private ConfigurableApplicationContext context;

	/**
	 * @param backend the backend under test
	 * @param userConfiguration the user's configuration, as {@code logging.config} takes it: its
	 * console pattern is {@code USER trace=<trace id> span=<span id> <message>}, its appenders
	 * {@code USER_CONSOLE} and {@code OTEL}, the OpenTelemetry one
	 */
	protected AbstractUserConfigurationLoggingTests(LoggingBackend backend, String userConfiguration) {
		this.backend = backend;
		this.userConfiguration = userConfiguration;
	}

	/** The names of the appenders the backend has, once the application has started. */
	protected abstract Collection<String> appenderNames();

	/** The application: by default, only our SDK, the Micrometer bridge and the log appenders. */
	protected Class<?> application() {
		return LoggedApps.PlainApp.class;
	}

	/** Undoes what the user's configuration leaves in this JVM's backend, for the tests after. */
	protected void forgetUserConfiguration() {
	}

	@BeforeEach
	void start() {
		this.receiver = OtlpTestReceiver.start();
		this.context = LoggedApps.run(new SpringApplicationBuilder(application()).web(WebApplicationType.NONE)
			.listeners((event) -> {
				if (event instanceof ApplicationPreparedEvent) {
					log("startup-line {}");
				}
			})
			.properties(LoggedApps.properties(this.receiver, "logging.config=" + this.userConfiguration)));
	}

	@AfterEach
	void stop() {
		LoggedApps.close(this.context);
		this.receiver.close();
		forgetUserConfiguration();
	}

	@Test
	void declaredAppenderExportsEachRecordOnceAndTheUsersPatternGetsTheIds(CapturedOutput output) {
		SpanContext span = inSpan(this.context, () -> log("in-span-line {}"));

		assertThat(consoleLine(output, "in-span-line " + this.id))
			.isEqualTo("USER trace=" + span.getTraceId() + " span=" + span.getSpanId() + " in-span-line " + this.id);
		assertThat(awaitRecord(this.receiver, this.context, "in-span-line " + this.id).spanId())
			.isEqualTo(span.getSpanId());
		assertThat(awaitRecord(this.receiver, this.context, "startup-line " + this.id).traceId()).isEmpty();
		assertThat(appenderNames()).containsExactlyInAnyOrder("USER_CONSOLE", "OTEL");
	}

	private void log(String format) {
		this.backend.info(getClass().getName(), format, this.id);
	}

}
