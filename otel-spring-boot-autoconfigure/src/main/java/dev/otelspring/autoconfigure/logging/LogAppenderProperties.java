package dev.otelspring.autoconfigure.logging;

import java.util.ArrayList;
import java.util.List;

import dev.otelspring.logging.ExportSettings;

/**
 * Settings of the OpenTelemetry export appender, the same for each logging backend; bound under
 * {@code otel.instrumentation.logback-appender} or {@code otel.instrumentation.log4j-appender}.
 */
public class LogAppenderProperties {

	/**
	 * How many records logged before the OpenTelemetry SDK exists are kept and exported, in order,
	 * once it does. Later ones are dropped, with one warning on System.err.
	 */
	private int startupBufferSize = 1000;

	/**
	 * Experimental settings, named as for the OpenTelemetry Java agent.
	 */
	private final Experimental experimental = new Experimental();

	public int getStartupBufferSize() {
		return this.startupBufferSize;
	}

	public void setStartupBufferSize(int startupBufferSize) {
		this.startupBufferSize = startupBufferSize;
	}

	public Experimental getExperimental() {
		return this.experimental;
	}

	ExportSettings toExportSettings() {
		return new ExportSettings(this.startupBufferSize, this.experimental.getCaptureMdcAttributes());
	}

	public static class Experimental {

		/**
		 * MDC (Logback) or ThreadContext (Log4j2) keys whose values are copied into the attributes of
		 * each exported record; "*" alone copies them all.
		 */
		private List<String> captureMdcAttributes = new ArrayList<>();

		public List<String> getCaptureMdcAttributes() {
			return this.captureMdcAttributes;
		}

		public void setCaptureMdcAttributes(List<String> captureMdcAttributes) {
			this.captureMdcAttributes = captureMdcAttributes;
		}

	}

}
