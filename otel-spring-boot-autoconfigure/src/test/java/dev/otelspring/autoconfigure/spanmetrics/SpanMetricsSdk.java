package dev.otelspring.autoconfigure.spanmetrics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.metrics.data.ExemplarData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;

/**
 * An SDK built the way the application builds it (the autoconfigure module, our customizer, a
 * batch span processor), exporting to memory. Fast enough to run thousands of spans per test.
 */
final class SpanMetricsSdk implements AutoCloseable {

	static final AttributeKey<String> SPAN_NAME = AttributeKey.stringKey("span.name");

	static final AttributeKey<String> SPAN_KIND = AttributeKey.stringKey("span.kind");

	static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("status.code");

	final InMemorySpanExporter spans = InMemorySpanExporter.create();

	final InMemoryMetricReader metrics = InMemoryMetricReader.create();

	final OpenTelemetrySdk sdk;

	SpanMetricsSdk(SpanMetricsProperties properties, Map<String, String> otelProperties) {
		AutoConfiguredOpenTelemetrySdkBuilder builder = AutoConfiguredOpenTelemetrySdk.builder()
			.addPropertiesSupplier(() -> Map.of("otel.traces.exporter", "none", "otel.metrics.exporter", "none",
					"otel.logs.exporter", "none", "otel.service.name", "checkout"))
			.addPropertiesSupplier(() -> otelProperties)
			.addTracerProviderCustomizer(
					(tracing, config) -> tracing.addSpanProcessor(BatchSpanProcessor.builder(this.spans).build()))
			.addMeterProviderCustomizer((metering, config) -> metering.registerMetricReader(this.metrics))
			.disableShutdownHook();
		SpanMetricsCustomizer customizer = new SpanMetricsCustomizer(properties);
		customizer.customize(builder);
		this.sdk = builder.build().getOpenTelemetrySdk();
	}

	Tracer tracer() {
		return this.sdk.getTracer("test");
	}

	List<SpanData> exported() {
		this.sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
		return this.spans.getFinishedSpanItems();
	}

	Collection<MetricData> collect() {
		return this.metrics.collectAllMetrics();
	}

	static MetricData metric(Collection<MetricData> metrics, String name) {
		return metrics.stream().filter((metric) -> metric.getName().equals(name)).findFirst().orElseThrow();
	}

	static List<LongPointData> calls(Collection<MetricData> metrics, Predicate<Attributes> attributes) {
		return metric(metrics, SpanMetricsProducer.CALLS).getLongSumData()
			.getPoints()
			.stream()
			.filter((point) -> attributes.test(point.getAttributes()))
			.toList();
	}

	static List<HistogramPointData> durations(Collection<MetricData> metrics, Predicate<Attributes> attributes) {
		return metric(metrics, SpanMetricsProducer.DURATION).getHistogramData()
			.getPoints()
			.stream()
			.filter((point) -> attributes.test(point.getAttributes()))
			.toList();
	}

	static Predicate<Attributes> spanName(String name) {
		return (attributes) -> name.equals(attributes.get(SPAN_NAME));
	}

	/** Trace ids of every exemplar on both metrics. */
	static Set<String> exemplarTraceIds(Collection<MetricData> metrics) {
		Stream<ExemplarData> counter = metric(metrics, SpanMetricsProducer.CALLS).getLongSumData()
			.getPoints()
			.stream()
			.flatMap((point) -> point.getExemplars().stream());
		Stream<ExemplarData> histogram = metric(metrics, SpanMetricsProducer.DURATION).getHistogramData()
			.getPoints()
			.stream()
			.flatMap((point) -> point.getExemplars().stream());
		return Stream.concat(counter, histogram)
			.map((exemplar) -> exemplar.getSpanContext().getTraceId())
			.collect(Collectors.toSet());
	}

	@Override
	public void close() {
		this.sdk.close();
	}

}
