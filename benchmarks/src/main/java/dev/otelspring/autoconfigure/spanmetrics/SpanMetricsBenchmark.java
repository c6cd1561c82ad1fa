package dev.otelspring.autoconfigure.spanmetrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.otelspring.benchmarks.Discarding;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of span metrics on the hot path, beside the cost of the span itself.
 * <p>
 * {@code createAndEndSpan} makes and ends a server span with the twelve attributes that the
 * servlet instrumentation gives one (see the web integration tests), through an SDK built like
 * the application's (autoconfigure module, batch processor, here
 * with a no-op exporter), without span metrics ({@code none}) and with them, with no extra
 * dimension ({@code 0}) or three ({@code 3}). Every span is sampled, so the exemplar path, the
 * dearer one, is always taken. {@code recordEndedSpan} times the span processor's {@code onEnd}
 * alone, on one ended span, sampled or not. {@code sdkInstruments} is the reference for the
 * aggregation: the same measurement through an SDK counter and histogram, the way span metrics
 * were recorded before they got their own (see {@link SpanMetricsSeries}).
 * <p>
 * It lives in the package of the code it measures, to reach its package-private classes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SpanMetricsBenchmark {

	private static final List<String> DIMENSIONS = List.of("http.route", "http.request.method",
			"http.response.status_code");

	@Benchmark
	public Span createAndEndSpan(Sdk sdk) {
		Span span = sdk.tracer.spanBuilder("GET /orders/{id}")
			.setSpanKind(SpanKind.SERVER)
			.setAttribute("http.request.method", "GET")
			.setAttribute("url.path", "/orders/42")
			.setAttribute("url.scheme", "http")
			.setAttribute("server.address", "localhost")
			.setAttribute("server.port", 8080L)
			.setAttribute("client.address", "127.0.0.1")
			.setAttribute("network.peer.address", "127.0.0.1")
			.setAttribute("network.peer.port", 51234L)
			.setAttribute("network.protocol.version", "1.1")
			.setAttribute("user_agent.original", "curl/8.5.0")
			.startSpan();
		// Known only once the request has been handled, as in the servlet instrumentation.
		span.setAttribute("http.route", "/orders/{id}");
		span.setAttribute("http.response.status_code", 200L);
		span.end();
		return span;
	}

	@Benchmark
	public void recordEndedSpan(Recorder recorder) {
		recorder.processor.onEnd(recorder.span);
	}

	/** What {@code recordEndedSpan} would cost through the SDK's two instruments, labels at hand. */
	@Benchmark
	public void sdkInstruments(Recorder recorder) {
		recorder.calls.add(1, recorder.attributes, recorder.context);
		recorder.duration.record(recorder.span.getLatencyNanos() / 1e9, recorder.attributes, recorder.context);
	}

	@State(Scope.Benchmark)
	public static class Sdk {

		@Param({ "none", "0", "3" })
		public String spanMetricsDimensions;

		OpenTelemetrySdk sdk;

		Tracer tracer;

		@Setup
		public void setUp() {
			AutoConfiguredOpenTelemetrySdkBuilder builder = sdkBuilder();
			SpanMetricsCustomizer customizer = null;
			if (!"none".equals(this.spanMetricsDimensions)) {
				customizer = new SpanMetricsCustomizer(properties(Integer.parseInt(this.spanMetricsDimensions)));
				customizer.customize(builder);
			}
			this.sdk = builder.build().getOpenTelemetrySdk();
			this.tracer = this.sdk.getTracer("benchmark");
		}

		@TearDown
		public void tearDown() {
			this.sdk.close();
		}

	}

	@State(Scope.Benchmark)
	public static class Recorder {

		@Param({ "0", "3" })
		public int dimensions;

		/** Unsampled spans, most of them under a low ratio, take neither exemplar nor context. */
		@Param({ "true", "false" })
		public boolean sampled;

		OpenTelemetrySdk sdk;

		LongCounter calls;

		DoubleHistogram duration;

		SpanMetricsProcessor processor;

		ReadableSpan span;

		Attributes attributes;

		Context context;

		@Setup
		public void setUp() {
			AutoConfiguredOpenTelemetrySdkBuilder builder = sdkBuilder();
			if (!this.sampled) {
				builder.addSamplerCustomizer((sampler, config) -> new RecordUnsampledSampler(Sampler.alwaysOff()));
			}
			this.sdk = builder.build().getOpenTelemetrySdk();
			Meter meter = this.sdk.getMeter("benchmark");
			this.calls = meter.counterBuilder("calls").build();
			this.duration = meter.histogramBuilder("duration")
				.setExplicitBucketBoundariesAdvice(List.of(0.002, 0.01, 0.1, 1.0, 10.0))
				.build();
			List<SpanDimension> dimensions = DIMENSIONS.subList(0, this.dimensions)
				.stream()
				.map(SpanDimension::new)
				.toList();
			SeriesTable table = new SeriesTable("benchmark", dimensions, (name) -> false, 2000,
					new DurationBuckets(new long[] { 2_000_000, 10_000_000, 100_000_000, 1_000_000_000,
							10_000_000_000L }));
			this.processor = new SpanMetricsProcessor(EnumSet.noneOf(SpanKind.class), (resource) -> table);
			this.span = (ReadableSpan) new SpanMetricsBenchmark().createAndEndSpan(sdkOf(this.sdk));
			SpanData data = this.span.toSpanData();
			this.attributes = table.get(data.getName(), data.getKind(), data.getStatus().getStatusCode(),
					data.getAttributes())
				.attributes();
			this.context = this.sampled ? Context.root().with((Span) this.span) : Context.root();
		}

		@TearDown
		public void tearDown() {
			this.sdk.close();
		}

		private static Sdk sdkOf(OpenTelemetrySdk openTelemetry) {
			Sdk sdk = new Sdk();
			sdk.tracer = openTelemetry.getTracer("benchmark");
			return sdk;
		}

	}

	static SpanMetricsProperties properties(int dimensions) {
		SpanMetricsProperties properties = new SpanMetricsProperties();
		properties.setDimensions(DIMENSIONS.subList(0, dimensions));
		return properties;
	}

	/** The SDK as the application builds it, exporting spans to nowhere and metrics on scrape. */
	static AutoConfiguredOpenTelemetrySdkBuilder sdkBuilder() {
		return AutoConfiguredOpenTelemetrySdk.builder()
			.addPropertiesSupplier(() -> Map.of("otel.traces.exporter", "none", "otel.metrics.exporter", "none",
					"otel.logs.exporter", "none", "otel.service.name", "benchmark"))
			.addTracerProviderCustomizer((tracing, config) -> tracing
				.addSpanProcessor(BatchSpanProcessor.builder(Discarding.SPANS).build()))
			.addMeterProviderCustomizer(
					(metrics, config) -> metrics.registerMetricReader(PrometheusMetricReader.builder().build()))
			.disableShutdownHook();
	}

}
