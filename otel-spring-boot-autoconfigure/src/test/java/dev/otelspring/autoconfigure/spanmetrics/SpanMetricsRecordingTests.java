package dev.otelspring.autoconfigure.spanmetrics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.SPAN_KIND;
import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.STATUS_CODE;
import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.calls;
import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.durations;
import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.exemplarTraceIds;
import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.metric;
import static dev.otelspring.autoconfigure.spanmetrics.SpanMetricsSdk.spanName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Span metrics on a real SDK built by the autoconfigure module with our customizer, the way the
 * application builds it, minus Spring.
 */
class SpanMetricsRecordingTests {

	private static final int SPANS = 1000;

	@ParameterizedTest
	@ValueSource(doubles = { 0.1, 1.0 })
	void everySpanIsCountedWhateverTheRatioAndOnlySampledOnesAreExported(double ratio) {
		try (SpanMetricsSdk otel = new SpanMetricsSdk(new SpanMetricsProperties(), Map.of("otel.traces.sampler",
				"parentbased_traceidratio", "otel.traces.sampler.arg", String.valueOf(ratio)))) {
			for (int i = 0; i < SPANS; i++) {
				otel.tracer().spanBuilder("GET /orders/{id}").setSpanKind(SpanKind.SERVER).startSpan().end();
			}
			List<SpanData> exported = otel.exported();
			Collection<MetricData> metrics = otel.collect();

			assertThat(calls(metrics, spanName("GET /orders/{id}"))).singleElement()
				.extracting(LongPointData::getValue)
				.isEqualTo((long) SPANS);
			assertThat(durations(metrics, spanName("GET /orders/{id}"))).singleElement()
				.extracting(HistogramPointData::getCount)
				.isEqualTo((long) SPANS);
			assertThat(exported).allSatisfy((span) -> assertThat(span.getSpanContext().isSampled()).isTrue());
			if (ratio == 1.0) {
				assertThat(exported).hasSize(SPANS);
			}
			else {
				// About 100 are expected; none, or all 1000, would be a broken sampler.
				assertThat(exported).hasSizeBetween(1, SPANS / 2);
			}
			Set<String> exportedTraceIds = exported.stream().map(SpanData::getTraceId).collect(Collectors.toSet());
			assertThat(exemplarTraceIds(metrics)).isNotEmpty().isSubsetOf(exportedTraceIds);
		}
	}

	@Test
	void droppedSpansAreCountedButNeitherExportedNorUsedAsExemplars() {
		try (SpanMetricsSdk otel = new SpanMetricsSdk(new SpanMetricsProperties(),
				Map.of("otel.traces.sampler", "always_off"))) {
			Span span = otel.tracer().spanBuilder("work").startSpan();
			assertThat(span.isRecording()).isTrue();
			assertThat(span.getSpanContext().isSampled()).isFalse();
			span.end();

			assertThat(otel.exported()).isEmpty();
			Collection<MetricData> metrics = otel.collect();
			assertThat(calls(metrics, spanName("work"))).singleElement()
				.extracting(LongPointData::getValue)
				.isEqualTo(1L);
			assertThat(exemplarTraceIds(metrics)).isEmpty();
		}
	}

	@Test
	void labelsAreTheConnectorsForEveryKindAndStatus() {
		try (SpanMetricsSdk otel = new SpanMetricsSdk(new SpanMetricsProperties(), Map.of())) {
			for (SpanKind kind : SpanKind.values()) {
				otel.tracer().spanBuilder("op").setSpanKind(kind).startSpan().end();
			}
			otel.tracer().spanBuilder("op").startSpan().setStatus(StatusCode.OK).end();
			Collection<MetricData> metrics = otel.collect();

			assertThat(calls(metrics, spanName("op"))).extracting(LongPointData::getAttributes)
				.containsExactlyInAnyOrder(connector("SPAN_KIND_INTERNAL", "STATUS_CODE_UNSET"),
						connector("SPAN_KIND_SERVER", "STATUS_CODE_UNSET"),
						connector("SPAN_KIND_CLIENT", "STATUS_CODE_UNSET"),
						connector("SPAN_KIND_PRODUCER", "STATUS_CODE_UNSET"),
						connector("SPAN_KIND_CONSUMER", "STATUS_CODE_UNSET"),
						connector("SPAN_KIND_INTERNAL", "STATUS_CODE_OK"));
			assertThat(metric(metrics, SpanMetricsProducer.CALLS).getInstrumentationScopeInfo().getName())
				.isEqualTo("dev.otelspring.spanmetrics");
		}
	}

	@Test
	void errorsAreCountedUnderStatusCodeError() {
		try (SpanMetricsSdk otel = new SpanMetricsSdk(new SpanMetricsProperties(), Map.of())) {
			for (int i = 0; i < 5; i++) {
				Span span = otel.tracer().spanBuilder("charge").setSpanKind(SpanKind.CLIENT).startSpan();
				span.setStatus((i < 3) ? StatusCode.ERROR : StatusCode.UNSET);
				span.end();
			}
			Collection<MetricData> metrics = otel.collect();

			assertThat(calls(metrics, (attributes) -> "STATUS_CODE_ERROR".equals(attributes.get(STATUS_CODE))))
				.singleElement()
				.satisfies((point) -> {
					assertThat(point.getValue()).isEqualTo(3);
					assertThat(point.getAttributes().get(SPAN_KIND)).isEqualTo("SPAN_KIND_CLIENT");
				});
			assertThat(calls(metrics, (attributes) -> "STATUS_CODE_UNSET".equals(attributes.get(STATUS_CODE))))
				.singleElement()
				.extracting(LongPointData::getValue)
				.isEqualTo(2L);
		}
	}

	@Test
	void durationIsInSecondsWithTheConnectorsBuckets() {
		try (SpanMetricsSdk otel = new SpanMetricsSdk(new SpanMetricsProperties(), Map.of())) {
			otel.tracer()
				.spanBuilder("slow")
				.setStartTimestamp(1_000, TimeUnit.MILLISECONDS)
				.startSpan()
				.end(1_250, TimeUnit.MILLISECONDS);
			Collection<MetricData> metrics = otel.collect();

			assertThat(metric(metrics, SpanMetricsProducer.DURATION).getUnit()).isEqualTo("s");
			HistogramPointData point = durations(metrics, spanName("slow")).get(0);
			assertThat(point.getBoundaries()).containsExactly(0.002, 0.004, 0.006, 0.008, 0.01, 0.05, 0.1, 0.2, 0.4,
					0.8, 1.0, 1.4, 2.0, 5.0, 10.0, 15.0);
			assertThat(point.getSum()).isEqualTo(0.25);
			// (0.2, 0.4] is the ninth bucket.
			assertThat(point.getCounts().get(8)).isEqualTo(1);
		}
	}

	@Test
	void bucketsAreConfigurable() {
		SpanMetricsProperties properties = new SpanMetricsProperties();
		properties.setHistogramBuckets(List.of(Duration.ofMillis(5), Duration.ofSeconds(1)));
		try (SpanMetricsSdk otel = new SpanMetricsSdk(properties, Map.of())) {
			otel.tracer().spanBuilder("op").startSpan().end();
			assertThat(durations(otel.collect(), spanName("op")).get(0).getBoundaries()).containsExactly(0.005, 1.0);
		}
	}

	@Test
	void extraDimensionsComeFromSpanAttributesWithTheirTypes() {
		SpanMetricsProperties properties = new SpanMetricsProperties();
		properties.setDimensions(List.of("http.route", "http.response.status_code", "db.system.name"));
		try (SpanMetricsSdk otel = new SpanMetricsSdk(properties, Map.of())) {
			Tracer tracer = otel.tracer();
			for (long status : new long[] { 200, 200, 404 }) {
				tracer.spanBuilder("GET /items/{id}")
					.setAttribute("http.route", "/items/{id}")
					.setAttribute("http.response.status_code", status)
					.startSpan()
					.end();
			}
			tracer.spanBuilder("GET /items/{id}").startSpan().end();
			Collection<MetricData> metrics = otel.collect();

			assertThat(calls(metrics, spanName("GET /items/{id}")))
				.extracting((point) -> point.getAttributes().get(AttributeKey.longKey("http.response.status_code")),
						LongPointData::getValue)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(200L, 2L),
						org.assertj.core.groups.Tuple.tuple(404L, 1L), org.assertj.core.groups.Tuple.tuple(null, 1L));
			assertThat(calls(metrics, spanName("GET /items/{id}"))).allSatisfy(
					(point) -> assertThat(point.getAttributes().get(AttributeKey.stringKey("db.system.name"))).isNull());
		}
	}

	@Test
	void excludedNamesAndKindsGetNoMetrics() {
		SpanMetricsProperties properties = new SpanMetricsProperties();
		properties.setExcludeSpanNames(List.of("GET /actuator*", "health"));
		properties.setExcludeSpanKinds(List.of(SpanKind.INTERNAL));
		try (SpanMetricsSdk otel = new SpanMetricsSdk(properties, Map.of())) {
			Tracer tracer = otel.tracer();
			tracer.spanBuilder("GET /actuator/health").setSpanKind(SpanKind.SERVER).startSpan().end();
			tracer.spanBuilder("health").setSpanKind(SpanKind.CLIENT).startSpan().end();
			tracer.spanBuilder("compute").setSpanKind(SpanKind.INTERNAL).startSpan().end();
			tracer.spanBuilder("GET /orders").setSpanKind(SpanKind.SERVER).startSpan().end();

			assertThat(calls(otel.collect(), (attributes) -> true)).extracting(LongPointData::getAttributes)
				.extracting((attributes) -> attributes.get(SpanMetricsSdk.SPAN_NAME))
				.containsExactly("GET /orders");
		}
	}

	@Test
	void pastTheCardinalityLimitNewSeriesFoldIntoOneOverflowSeries() {
		SpanMetricsProperties properties = new SpanMetricsProperties();
		properties.setCardinalityLimit(10);
		try (SpanMetricsSdk otel = new SpanMetricsSdk(properties, Map.of())) {
			for (int i = 0; i < 50; i++) {
				otel.tracer().spanBuilder("GET /users/" + i).startSpan().end();
				otel.tracer().spanBuilder("GET /users/" + i).startSpan().end();
			}
			Collection<MetricData> metrics = otel.collect();

			List<LongPointData> calls = calls(metrics, (attributes) -> true);
			assertThat(calls).hasSize(10);
			assertThat(calls).filteredOn((point) -> isOverflow(point.getAttributes()))
				.singleElement()
				.satisfies((overflow) -> assertThat(overflow.getValue()).isEqualTo(100 - 9 * 2));
			assertThat(calls.stream().mapToLong(LongPointData::getValue).sum()).isEqualTo(100);
			List<HistogramPointData> durations = durations(metrics, (attributes) -> true);
			assertThat(durations).hasSize(10).filteredOn((point) -> isOverflow(point.getAttributes())).hasSize(1);
			assertThat(durations.stream().mapToLong(HistogramPointData::getCount).sum()).isEqualTo(100);
		}
	}

	private static boolean isOverflow(Attributes attributes) {
		return Boolean.TRUE.equals(attributes.get(AttributeKey.booleanKey("otel.metric.overflow")));
	}

	private static Attributes connector(String kind, String status) {
		return Attributes.builder()
			.put("service.name", "checkout")
			.put("span.name", "op")
			.put("span.kind", kind)
			.put("status.code", status)
			.build();
	}

}
