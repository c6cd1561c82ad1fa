package dev.otelspring.autoconfigure.logging.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.otelspring.autoconfigure.logging.LogAppendersAutoConfiguration;
import dev.otelspring.autoconfigure.micrometer.MicrometerTracingBridgeAutoConfiguration;
import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * What the logging tests share, whatever the backend: an application exporting spans and logs
 * quickly to the receiver, requests with a known trace, and the three views of one log line
 * (console, JSON file, OTLP).
 */
public final class LoggedApps {

	public static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private LoggedApps() {
	}

	/** No logging setting among them: what the tests see is Boot's default configuration. */
	public static String[] properties(OtlpTestReceiver receiver, String... more) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
				"otel.service.name=logging-it", "otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(),
				"otel.metrics.exporter=none", "otel.bsp.schedule.delay=50", "otel.blrp.schedule.delay=50",
				"management.otlp.metrics.export.enabled=false",
				// The autoconfigure module's test classpath carries JPA and Redis for other tests: they
				// have nothing to do with logging, and would take most of each startup. Where they are
				// absent (the Log4j2 module), the exclusion is ignored.
				"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
						+ "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration,"
						+ "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration"));
		properties.addAll(List.of(more));
		return properties.toArray(String[]::new);
	}

	/** Runs the action inside a span of the application's SDK, made current on this thread. */
	public static SpanContext inSpan(ApplicationContext context, Runnable action) {
		Span span = context.getBean(OpenTelemetry.class).getTracer("logging-it").spanBuilder("work").startSpan();
		try (Scope scope = span.makeCurrent()) {
			action.run();
		}
		finally {
			span.end();
		}
		return span.getSpanContext();
	}

	/**
	 * Runs the application with Boot's logging system properties cleared first. Boot sets them from
	 * each application's environment but never overwrites one, so without this the application
	 * would keep the patterns and JSON formats of one that ran before it in this JVM.
	 */
	public static ConfigurableApplicationContext run(SpringApplicationBuilder application) {
		forgetLoggingSystemProperties();
		return application.run();
	}

	public static void close(ConfigurableApplicationContext context) {
		if (context != null) {
			context.close();
		}
		forgetLoggingSystemProperties();
	}

	private static void forgetLoggingSystemProperties() {
		for (LoggingSystemProperty property : LoggingSystemProperty.values()) {
			System.clearProperty(property.getEnvironmentVariableName());
		}
	}

	public static String newTraceId() {
		return "%016x%016x".formatted(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong() | 1);
	}

	public static String get(int port, String pathAndQuery, String traceId) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.timeout(TIMEOUT)
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static ReceivedSpan awaitServerSpan(OtlpTestReceiver receiver, String traceId) {
		return receiver.awaitSpans((spans) -> spans.stream().anyMatch((span) -> isServerSpanOf(span, traceId)), TIMEOUT)
			.stream()
			.filter((span) -> isServerSpanOf(span, traceId))
			.findFirst()
			.orElseThrow();
	}

	private static boolean isServerSpanOf(ReceivedSpan span, String traceId) {
		return span.kind() == SpanKind.SERVER && span.traceId().equals(traceId);
	}

	/** Exports every record logged so far, and waits until that is done. */
	public static void flush(ApplicationContext context) {
		context.getBean(OpenTelemetrySdk.class)
			.getSdkLoggerProvider()
			.forceFlush()
			.join(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Waits for the record, then for every export in flight, so that duplicates would show. */
	public static ReceivedLogRecord awaitRecord(OtlpTestReceiver receiver, ApplicationContext context, String body) {
		receiver.awaitLogs((logs) -> logs.stream().anyMatch((log) -> log.body().equals(body)), TIMEOUT);
		flush(context);
		List<ReceivedLogRecord> matching = receiver.logs().stream().filter((log) -> log.body().equals(body)).toList();
		if (matching.size() != 1) {
			throw new AssertionError("expected exactly one record '" + body + "', got " + matching);
		}
		return matching.get(0);
	}

	public static String consoleLine(CapturedOutput output, String message) {
		return output.getOut()
			.lines()
			.filter((line) -> line.endsWith(message))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no console line ending with '" + message + "' in:\n" + output));
	}

	public static JsonNode jsonLine(Path file, String message) {
		try {
			for (String line : Files.readAllLines(file)) {
				JsonNode node = json.readTree(line);
				if (message.equals(node.path("message").asString(null))
						|| message.equals(node.path("short_message").asString(null))) {
					return node;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new AssertionError("no JSON line with message '" + message + "' in " + file);
	}

	/** An application without web server: our SDK, the Micrometer bridge and the log appenders. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ OpenTelemetrySdkAutoConfiguration.class, MicrometerTracingBridgeAutoConfiguration.class,
			LogAppendersAutoConfiguration.class })
	public static class PlainApp {

	}

}
