package dev.otelspring.logging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * An SDK as a program without Spring builds it, exporting over OTLP/HTTP to the test receiver.
 */
public final class TestTelemetry {

	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	private TestTelemetry() {
	}

	public static OpenTelemetrySdk sdk(OtlpTestReceiver receiver) {
		return OpenTelemetrySdk.builder()
			.setTracerProvider(SdkTracerProvider.builder()
				.addSpanProcessor(SimpleSpanProcessor.create(
						OtlpHttpSpanExporter.builder().setEndpoint(receiver.httpEndpoint() + "/v1/traces").build()))
				.build())
			.setLoggerProvider(SdkLoggerProvider.builder()
				.addLogRecordProcessor(SimpleLogRecordProcessor.create(
						OtlpHttpLogRecordExporter.builder().setEndpoint(receiver.httpEndpoint() + "/v1/logs").build()))
				.build())
			.build();
	}

	/** Waits for a record with each body, then for every export in flight, so counts are final. */
	public static List<ReceivedLogRecord> awaitBodies(OtlpTestReceiver receiver, OpenTelemetrySdk sdk,
			String... bodies) {
		receiver.awaitLogs((logs) -> List.of(bodies).stream()
			.allMatch((body) -> logs.stream().anyMatch((log) -> log.body().equals(body))), TIMEOUT);
		sdk.getSdkLoggerProvider().forceFlush().join(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		return receiver.logs();
	}

	public static List<ReceivedLogRecord> withBody(List<ReceivedLogRecord> logs, String body) {
		return logs.stream().filter((log) -> log.body().equals(body)).toList();
	}

	public static ReceivedLogRecord single(List<ReceivedLogRecord> logs, String body) {
		List<ReceivedLogRecord> matching = withBody(logs, body);
		if (matching.size() != 1) {
			throw new AssertionError("expected one record '" + body + "', got " + matching.size() + ": " + logs);
		}
		return matching.get(0);
	}

}
