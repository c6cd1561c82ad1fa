package dev.otelspring.autoconfigure.context;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.otelspring.autoconfigure.micrometer.MicrometerTracingBridgeAutoConfiguration;
import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Real applications for the context tests: started by {@code SpringApplication} (so the
 * {@code spring.factories} environment post-processor runs), exporting over OTLP/HTTP to a test
 * receiver. The auto-configurations are listed rather than discovered, so these tests depend on
 * no web instrumentation.
 */
final class TracedApps {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private TracedApps() {
	}

	static ConfigurableApplicationContext start(OtlpTestReceiver receiver, Class<?> app, String... properties) {
		List<String> args = new ArrayList<>(List.of("--otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(),
				"--otel.traces.exporter=otlp", "--otel.metrics.exporter=none", "--otel.logs.exporter=none",
				"--otel.bsp.schedule.delay=50", "--otel.service.name=context-tests"));
		Arrays.stream(properties).map((property) -> "--" + property).forEach(args::add);
		return new SpringApplicationBuilder(app).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args.toArray(String[]::new));
	}

	static Tracer tracer(ConfigurableApplicationContext context) {
		return context.getBean(OpenTelemetry.class).getTracer("dev.otelspring.context-tests");
	}

	/** Waits for the exported span with this id. */
	static ReceivedSpan awaitSpan(OtlpTestReceiver receiver, String spanId) {
		return receiver.awaitSpans((spans) -> spans.stream().anyMatch((span) -> span.spanId().equals(spanId)), TIMEOUT)
			.stream()
			.filter((span) -> span.spanId().equals(spanId))
			.findFirst()
			.orElseThrow();
	}

	static boolean isVirtual(Thread thread) {
		try {
			return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
		}
		catch (NoSuchMethodException ex) {
			return false; // before Java 21 there are no virtual threads
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a span made on some thread was, and where it ran. */
	record Made(String traceId, String spanId, String threadName, boolean virtual) {

		static Made span(Tracer tracer, String name) {
			Span span = tracer.spanBuilder(name).startSpan();
			span.end();
			SpanContext made = span.getSpanContext();
			Thread thread = Thread.currentThread();
			return new Made(made.getTraceId(), made.getSpanId(), thread.getName(), isVirtual(thread));
		}

	}

	/** The auto-configurations a traced application with executors, scheduling and Observations needs. */
	@Configuration(proxyBeanMethods = false)
	@EnableAsync
	@ImportAutoConfiguration({ OpenTelemetrySdkAutoConfiguration.class, MicrometerTracingBridgeAutoConfiguration.class,
			ContextPropagationAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
			TaskSchedulingAutoConfiguration.class, ObservationAutoConfiguration.class,
			MicrometerTracingAutoConfiguration.class, ScheduledTasksObservationAutoConfiguration.class })
	static class BaseApp {

		@Bean
		AsyncWorker asyncWorker(OpenTelemetry openTelemetry) {
			return new AsyncWorker(openTelemetry.getTracer("dev.otelspring.context-tests"));
		}

	}

	/** Makes a span inside an {@code @Async} method, on the application task executor. */
	static class AsyncWorker {

		private final Tracer tracer;

		AsyncWorker(Tracer tracer) {
			this.tracer = tracer;
		}

		@Async
		public CompletableFuture<Made> work(String spanName) {
			return CompletableFuture.completedFuture(Made.span(this.tracer, spanName));
		}

	}

}
