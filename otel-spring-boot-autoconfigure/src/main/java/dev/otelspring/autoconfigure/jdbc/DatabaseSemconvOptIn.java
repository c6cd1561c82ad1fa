package dev.otelspring.autoconfigure.jdbc;

import java.util.Arrays;

import io.opentelemetry.instrumentation.api.internal.SemconvStability;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.env.Environment;

/**
 * Makes the JDBC library emit the stable database conventions ({@code db.system.name},
 * {@code db.query.text}, span names like {@code SELECT products}); version 2.27 still emits the old
 * ones ({@code db.system}, {@code db.statement}) unless {@code database} is opted in.
 * <p>
 * Why a system property: the instrumentation API reads {@code otel.semconv-stability.opt-in} once
 * per JVM, from system properties or the environment, when its {@code SemconvStability} class
 * initializes. A value set in {@code application.yaml} would never reach it, so it is copied over,
 * with {@code database} added; {@code database/dup} is kept and also emits the old names.
 */
final class DatabaseSemconvOptIn {

	static final String PROPERTY = "otel.semconv-stability.opt-in";

	private static final Log logger = LogFactory.getLog(DatabaseSemconvOptIn.class);

	private DatabaseSemconvOptIn() {
	}

	static void apply(Environment environment) {
		String optIn = environment.getProperty(PROPERTY, "").trim();
		boolean hasDatabase = Arrays.stream(optIn.split(","))
			.map(String::trim)
			.anyMatch((value) -> value.equals("database") || value.equals("database/dup"));
		if (!hasDatabase) {
			optIn = optIn.isEmpty() ? "database" : optIn + ",database";
		}
		System.setProperty(PROPERTY, optIn);
		// Internal API, read only to warn: something initialized it before this application did.
		if (!SemconvStability.emitStableDatabaseSemconv()) {
			logger.warn("JDBC spans use the old database conventions, because OpenTelemetry read " + PROPERTY
					+ " before this application started; set -D" + PROPERTY + "=database to fix it");
		}
	}

}
