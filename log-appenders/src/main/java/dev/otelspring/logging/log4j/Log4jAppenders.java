package dev.otelspring.logging.log4j;

import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.ExportSettings;
import dev.otelspring.logging.LogAppenders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.AbstractConfiguration;
import org.apache.logging.log4j.core.config.Configuration;

/**
 * {@link LogAppenders} for Log4j2: the context data through OpenTelemetry's context data provider,
 * export through OpenTelemetry's Log4j2 appender.
 */
public final class Log4jAppenders implements LogAppenders {

	/** The name of the export appender that {@link #addExportAppender(ExportSettings)} adds. */
	public static final String EXPORT_APPENDER_NAME = "OTEL_EXPORT";

	private final LoggerContext context;

	public Log4jAppenders(LoggerContext context) {
		this.context = context;
	}

	/**
	 * Whether the Log4j2 API logs through Log4j2 Core.
	 * @return {@code true} when its context is a Log4j2 Core {@link LoggerContext}
	 */
	public static boolean isActive() {
		return LogManager.getContext(false) instanceof LoggerContext;
	}

	/**
	 * The appenders of the {@link LoggerContext} that the Log4j2 API is bound to.
	 * @return the appenders of the context that {@link #isActive()} found
	 */
	public static Log4jAppenders forCurrentContext() {
		return new Log4jAppenders((LoggerContext) LogManager.getContext(false));
	}

	@Override
	public String instrumentationName() {
		return "log4j-appender";
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The work is done by OpenTelemetry's {@code ContextDataProvider}, which comes with the appender's
	 * library and which Log4j2 loads by itself; it asks for {@code Context.current()} as each event is
	 * created, on the thread that logs. It reads its key names from these system properties, once per
	 * JVM, at the first event logged inside a span, so this must come before that. The appender reads
	 * them too, to rebuild the context of events that an async logger hands to another thread.
	 */
	@Override
	public void enableCorrelation(CorrelationKeys keys) {
		System.setProperty(CorrelationKeys.TRACE_ID_PROPERTY, keys.traceId());
		System.setProperty(CorrelationKeys.SPAN_ID_PROPERTY, keys.spanId());
		System.setProperty(CorrelationKeys.TRACE_FLAGS_PROPERTY, keys.traceFlags());
	}

	@Override
	public boolean addExportAppender(ExportSettings settings) {
		Configuration config = this.context.getConfiguration();
		Log4jAppenderTree tree = new Log4jAppenderTree(config);
		if (!tree.exportAppenders().isEmpty()) {
			return false;
		}
		OpenTelemetryAppender appender = OpenTelemetryAppender.builder()
			.setName(EXPORT_APPENDER_NAME)
			.setCaptureExperimentalAttributes(true) // thread.name and thread.id on every record
			.setNumLogsCapturedBeforeOtelInstall(settings.startupBufferSize())
			.setCaptureContextDataAttributes(settings.captureMdcAttributesSetting())
			.setFilter(new ExporterLogFilter())
			.setConfiguration(config)
			.build();
		appender.start();
		config.addAppender(appender);
		tree.terminalLoggers().forEach((logger) -> logger.addAppender(appender, null, null));
		this.context.updateLoggers();
		return true;
	}

	@Override
	public void install(OpenTelemetry openTelemetry) {
		// Buffered records are replayed on this thread, and the appender takes the trace of the
		// current context: the root one, so none gets the trace of whatever called install().
		try (Scope scope = Context.root().makeCurrent()) {
			new Log4jAppenderTree(this.context.getConfiguration()).exportAppenders()
				.forEach((appender) -> appender.setOpenTelemetry(openTelemetry));
		}
	}

	@Override
	public void uninstall() {
		Configuration config = this.context.getConfiguration();
		if (config.getAppenders().get(EXPORT_APPENDER_NAME) instanceof OpenTelemetryAppender ours
				&& config instanceof AbstractConfiguration abstractConfig) {
			abstractConfig.removeAppender(EXPORT_APPENDER_NAME);
			this.context.updateLoggers();
			ours.stop();
		}
		install(OpenTelemetry.noop());
	}

}
