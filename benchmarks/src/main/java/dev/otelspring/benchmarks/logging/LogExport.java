package dev.otelspring.benchmarks.logging;

import java.util.Map;

import dev.otelspring.benchmarks.LocalHttpServer;
import dev.otelspring.benchmarks.StarterContext;
import io.opentelemetry.api.OpenTelemetry;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The SDK that the export appenders get: our auto-configuration's, with its batch log record
 * processor in front of either a discarding exporter ({@code discard}: the cost on the logging
 * thread alone) or the real OTLP/HTTP exporter sending to a receiver in this JVM that keeps
 * nothing ({@code otlp}: that cost plus serializing and sending on the processor's thread, which
 * takes a core of this 2-core machine and, when it falls behind, drops records as it would in an
 * application).
 */
@State(Scope.Benchmark)
public class LogExport {

	/** Boot's console pattern with the correlation ids, as our starter makes it print them. */
	static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p --- [%15.15t] %-40.40logger{39} : [%X{trace_id}-%X{span_id}] %m%n";

	@Param({ "discard", "otlp" })
	public String exporter;

	private LocalHttpServer receiver;

	private StarterContext context;

	@Setup
	public void setUp() {
		if ("otlp".equals(this.exporter)) {
			this.receiver = LocalHttpServer.start();
			this.context = StarterContext.start(
					Map.of("otel.logs.exporter", "otlp", "otel.exporter.otlp.logs.endpoint",
							this.receiver.baseUrl() + "/v1/logs", "otel.exporter.otlp.protocol", "http/protobuf"),
					StarterContext.DiscardingTelemetry.class);
		}
		else {
			this.context = StarterContext.start(Map.of(), StarterContext.DiscardingTelemetry.class,
					StarterContext.DiscardingLogs.class);
		}
	}

	OpenTelemetry openTelemetry() {
		return this.context.openTelemetry();
	}

	@TearDown
	public void tearDown() {
		this.context.close();
		if (this.receiver != null) {
			this.receiver.close();
		}
	}

}
