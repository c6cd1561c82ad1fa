package dev.otelspring.benchmarks.logging;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import dev.otelspring.logging.CorrelationKeys;
import dev.otelspring.logging.ExportSettings;
import dev.otelspring.logging.log4j.Log4jAppenders;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.OutputStreamAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One INFO event through Log4j2, formatted by Boot's console pattern into a stream that drops the
 * bytes. {@code plain}: Log4j2 alone, no span. {@code exported}: the same configuration after our
 * log appenders were installed, inside a sampled span: the ids in the event's context data for
 * the pattern, and a record for the SDK's batch processor (see {@link LogExport}).
 * <p>
 * OpenTelemetry's context data provider is on this classpath for both, since Log4j2 finds it by
 * itself; without a current span, in {@code plain}, it only looks the span up and adds nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Log4jBenchmark {

	@Benchmark
	public void plain(Plain log4j) {
		log4j.logger.info("Served item {} ({} in stock, {} available) at {}", 1, 120, true, "4.20");
	}

	@Benchmark
	public void exported(Exported log4j, InSpan span) {
		log4j.logger.info("Served item {} ({} in stock, {} available) at {}", 1, 120, true, "4.20");
	}

	static LoggerContext configure(String name) {
		ConfigurationBuilder<BuiltConfiguration> builder = ConfigurationBuilderFactory.newConfigurationBuilder();
		builder.setConfigurationName(name);
		builder.add(builder.newRootLogger(Level.INFO));
		LoggerContext context = new LoggerContext(name);
		context.start(builder.build(false));
		Configuration config = context.getConfiguration();
		OutputStreamAppender console = OutputStreamAppender.newBuilder()
			.setName("CONSOLE")
			.setTarget(OutputStream.nullOutputStream())
			.setLayout(PatternLayout.newBuilder().withConfiguration(config).withPattern(LogExport.PATTERN).build())
			.build();
		console.start();
		config.addAppender(console);
		config.getRootLogger().addAppender(console, null, null);
		context.updateLoggers();
		return context;
	}

	@State(Scope.Benchmark)
	public static class Plain {

		LoggerContext context;

		Logger logger;

		@Setup
		public void setUp() {
			this.context = configure("plain");
			this.logger = this.context.getLogger("dev.otelspring.benchmarks.load.WorkController");
		}

		@TearDown
		public void tearDown() {
			this.context.stop();
		}

	}

	@State(Scope.Benchmark)
	public static class Exported {

		LoggerContext context;

		Logger logger;

		@Setup
		public void setUp(LogExport export) {
			this.context = configure("exported");
			Log4jAppenders appenders = new Log4jAppenders(this.context);
			appenders.enableCorrelation(CorrelationKeys.DEFAULT);
			appenders.addExportAppender(ExportSettings.DEFAULT);
			appenders.install(export.openTelemetry());
			this.logger = this.context.getLogger("dev.otelspring.benchmarks.load.WorkController");
		}

		@TearDown
		public void tearDown() {
			this.context.stop();
		}

	}

}
