package dev.otelspring.benchmarks.trace;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.otelspring.benchmarks.Discarding;
import dev.otelspring.benchmarks.StarterContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One server span, started and ended, through our whole pipeline ({@code starter}: the SDK that
 * our auto-configuration builds, span metrics, the batch processor in front of a discarding
 * exporter, a periodic metric reader) and through the bare SDK ({@code bareSdk}: a tracer provider
 * with the same batch processor and exporter, nothing else), the reference any instrumentation
 * pays. The difference is what our pipeline adds to every span.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpanPipelineBenchmark {

	@Benchmark
	public Span starter(Starter starter) {
		return startAndEnd(starter.tracer);
	}

	@Benchmark
	public Span bareSdk(BareSdk sdk) {
		return startAndEnd(sdk.tracer);
	}

	/**
	 * A server span with the attributes the servlet instrumentation gives one, two of them known
	 * only once the request has been handled.
	 * @param tracer the tracer
	 * @return the ended span
	 */
	static Span startAndEnd(Tracer tracer) {
		Span span = tracer.spanBuilder("GET /work")
			.setSpanKind(SpanKind.SERVER)
			.setAttribute("http.request.method", "GET")
			.setAttribute("url.path", "/work")
			.setAttribute("url.scheme", "http")
			.setAttribute("server.address", "localhost")
			.setAttribute("server.port", 8080L)
			.setAttribute("client.address", "127.0.0.1")
			.setAttribute("network.peer.address", "127.0.0.1")
			.setAttribute("network.peer.port", 51234L)
			.setAttribute("network.protocol.version", "1.1")
			.setAttribute("user_agent.original", "wrk/4.1.0")
			.startSpan();
		span.setAttribute("http.route", "/work");
		span.setAttribute("http.response.status_code", 200L);
		span.end();
		return span;
	}

	@State(Scope.Benchmark)
	public static class Starter {

		StarterContext context;

		Tracer tracer;

		@Setup
		public void setUp() {
			this.context = StarterContext.start(Map.of(), StarterContext.DiscardingTelemetry.class, StarterContext.DiscardingLogs.class);
			this.tracer = this.context.openTelemetry().getTracer("benchmark");
		}

		@TearDown
		public void tearDown() {
			this.context.close();
		}

	}

	@State(Scope.Benchmark)
	public static class BareSdk {

		OpenTelemetrySdk sdk;

		Tracer tracer;

		@Setup
		public void setUp() {
			this.sdk = OpenTelemetrySdk.builder()
				.setTracerProvider(SdkTracerProvider.builder()
					.addSpanProcessor(BatchSpanProcessor.builder(Discarding.SPANS).build())
					.build())
				.build();
			this.tracer = this.sdk.getTracer("benchmark");
		}

		@TearDown
		public void tearDown() {
			this.sdk.close();
		}

	}

}
