package dev.otelspring.logging.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.otelspring.logging.ExporterLogs;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;

/**
 * The OpenTelemetry Logback appender with our defaults and buffering policy. Declare it in a
 * {@code logback.xml} like the library's, or let {@link LogbackAppenders} add it.
 * <ul>
 * <li>Every record carries {@code thread.name}, the library's "experimental" attributes.</li>
 * <li>An event buffered before the SDK is installed is frozen first: the library replays it later
 * on the installing thread, and Logback would otherwise only then format the message (from
 * arguments that may have changed since) and read the MDC (of the wrong thread).</li>
 * <li>The SDK's own export logs are left out ({@link ExporterLogs}).</li>
 * </ul>
 */
public class OpenTelemetryLogbackAppender extends OpenTelemetryAppender {

	private volatile boolean installed;

	public OpenTelemetryLogbackAppender() {
		setCaptureExperimentalAttributes(true);
	}

	@Override
	public void setOpenTelemetry(OpenTelemetry openTelemetry) {
		super.setOpenTelemetry(openTelemetry);
		this.installed = (openTelemetry != null);
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (ExporterLogs.isExporterLogger(event.getLoggerName())) {
			return;
		}
		if (!this.installed) {
			event.prepareForDeferredProcessing();
		}
		super.append(event);
	}

}
