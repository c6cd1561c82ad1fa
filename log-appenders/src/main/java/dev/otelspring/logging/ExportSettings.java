package dev.otelspring.logging;

import java.util.List;

/**
 * How the export appender is set up when it is added programmatically.
 *
 * @param startupBufferSize how many records logged before the SDK is installed are kept for it.
 * They are exported, in order, when the SDK arrives; once the buffer is full, later ones are
 * dropped with one warning on {@code System.err}, so a slow start cannot exhaust the heap.
 * @param captureMdcAttributes MDC (Logback) or ThreadContext (Log4j2) keys copied into each
 * record's attributes; {@code "*"} alone copies them all
 */
public record ExportSettings(int startupBufferSize, List<String> captureMdcAttributes) {

	/** A buffer of 1000 records, the libraries' own default, and no MDC attributes. */
	public static final ExportSettings DEFAULT = new ExportSettings(1000, List.of());

	public ExportSettings {
		if (startupBufferSize < 1) {
			// The Log4j2 appender would silently turn 0 into 1000, the Logback one would fail.
			throw new IllegalArgumentException("startupBufferSize must be at least 1, not " + startupBufferSize);
		}
		captureMdcAttributes = List.copyOf(captureMdcAttributes);
	}

	/**
	 * The attribute list in the comma-separated form of the appenders' own settings.
	 * @return the keys, joined by commas
	 */
	public String captureMdcAttributesSetting() {
		return String.join(",", this.captureMdcAttributes);
	}

}
