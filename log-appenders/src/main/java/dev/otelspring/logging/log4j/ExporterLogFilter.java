package dev.otelspring.logging.log4j;

import dev.otelspring.logging.ExporterLogs;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.filter.AbstractFilter;

/**
 * Keeps the SDK's own export logs away from the export appender ({@link ExporterLogs} says why).
 */
final class ExporterLogFilter extends AbstractFilter {

	ExporterLogFilter() {
		super(Filter.Result.NEUTRAL, Filter.Result.NEUTRAL);
	}

	@Override
	public Result filter(LogEvent event) {
		return ExporterLogs.isExporterLogger(event.getLoggerName()) ? Result.DENY : Result.NEUTRAL;
	}

}
