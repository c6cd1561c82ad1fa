package dev.otelspring.logging;

/**
 * Recognizes what the SDK's own export machinery logs, so that the export appenders can leave it
 * out.
 * <p>
 * Why: such a line would be exported by the pipeline it reports on. With
 * {@code otel.logs.exporter=logging} every exported record is logged again, so one line would feed
 * itself forever; with an unreachable collector, each failed export would queue its own failure
 * report for the next one. Those lines still reach the console and files.
 */
public final class ExporterLogs {

	private ExporterLogs() {
	}

	/**
	 * Whether a logger belongs to the SDK's export path.
	 * @param loggerName the name of the logger that wrote the event, may be {@code null}
	 * @return {@code true} for the SDK's and the exporters' own loggers
	 */
	public static boolean isExporterLogger(String loggerName) {
		return loggerName != null
				&& (loggerName.startsWith("io.opentelemetry.sdk.") || loggerName.startsWith("io.opentelemetry.exporter."));
	}

}
