package dev.otelspring.benchmarks.logging;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.ExportSettings;
import dev.otelspring.logging.logback.LogbackAppenders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One INFO event through Logback, formatted by Boot's console pattern into a stream that drops the
 * bytes. {@code plain}: Logback alone, no span, as in an application without instrumentation.
 * {@code exported}: the same configuration after our log appenders were installed, inside a
 * sampled span: the ids put into the MDC for the pattern, and a record for the SDK's batch
 * processor (see {@link LogExport} for the two exporters).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LogbackBenchmark {

	@Benchmark
	public void plain(Plain logback) {
		logback.logger.info("Served item {} ({} in stock, {} available) at {}", 1, 120, true, "4.20");
	}

	@Benchmark
	public void exported(Exported logback, InSpan span) {
		logback.logger.info("Served item {} ({} in stock, {} available) at {}", 1, 120, true, "4.20");
	}

	static LoggerContext configure(String name) {
		LoggerContext context = new LoggerContext();
		context.setName(name);
		// As SLF4J's Logback provider does for the application's context. Without an adapter,
		// every read of an event's MDC (the pattern's %X, the appenders) throws, and the
		// benchmark would time exceptions.
		context.setMDCAdapter(new LogbackMDCAdapter());
		context.start();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern(LogExport.PATTERN);
		encoder.start();
		OutputStreamAppender<ILoggingEvent> console = new OutputStreamAppender<>();
		console.setContext(context);
		console.setName("CONSOLE");
		console.setEncoder(encoder);
		WrittenBytes written = new WrittenBytes();
		context.putObject(WrittenBytes.class.getName(), written);
		console.setOutputStream(written);
		console.start();
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		root.addAppender(console);
		return context;
	}

	/**
	 * Fails the set-up unless an event really reaches the console appender: Logback turns an
	 * appender's exception into a status message, and a benchmark would then time the failure.
	 */
	static void checkWritten(LoggerContext context, org.slf4j.Logger logger) {
		WrittenBytes console = (WrittenBytes) context.getObject(WrittenBytes.class.getName());
		long before = console.count;
		logger.info("check");
		if (console.count == before) {
			throw new IllegalStateException("Logback wrote nothing; status: " + context.getStatusManager().getCopyOfStatusList());
		}
	}

	/** Drops the bytes, counting them. */
	static final class WrittenBytes extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

	@State(Scope.Benchmark)
	public static class Plain {

		LoggerContext context;

		org.slf4j.Logger logger;

		@Setup
		public void setUp() {
			this.context = configure("plain");
			this.logger = this.context.getLogger("dev.otelspring.benchmarks.load.WorkController");
			checkWritten(this.context, this.logger);
		}

		@TearDown
		public void tearDown() {
			this.context.stop();
		}

	}

	@State(Scope.Benchmark)
	public static class Exported {

		LoggerContext context;

		org.slf4j.Logger logger;

		@Setup
		public void setUp(LogExport export) {
			this.context = configure("exported");
			LogbackAppenders appenders = new LogbackAppenders(this.context);
			appenders.enableCorrelation(CorrelationKeys.DEFAULT);
			appenders.addExportAppender(ExportSettings.DEFAULT);
			appenders.install(export.openTelemetry());
			this.logger = this.context.getLogger("dev.otelspring.benchmarks.load.WorkController");
			checkWritten(this.context, this.logger);
		}

		@TearDown
		public void tearDown() {
			this.context.stop();
		}

	}

}
