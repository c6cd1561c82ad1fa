package dev.otelspring.autoconfigure.logging;

import dev.otelspring.logging.LogAppenders;
import io.opentelemetry.api.OpenTelemetry;

import org.springframework.beans.factory.DisposableBean;

/**
 * Hands the SDK to every OpenTelemetry appender of the logging configuration: the one that
 * {@link LogAppendersApplicationListener} added, or the user's own. Each exports what it buffered
 * since startup, then every record as it is logged.
 * <p>
 * Why a bean of its own that takes the {@link OpenTelemetry}: it is created once the SDK exists,
 * and destroyed before the SDK closes, so the appenders never write into a closed SDK and its
 * final flush carries the last records.
 */
final class LogAppendersInstallation implements DisposableBean {

	private final LogAppenders appenders;

	LogAppendersInstallation(LogAppenders appenders, OpenTelemetry openTelemetry) {
		this.appenders = appenders;
		appenders.install(openTelemetry);
	}

	@Override
	public void destroy() {
		this.appenders.uninstall();
	}

}
