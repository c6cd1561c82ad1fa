package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesTableTests {

	private static final Attributes ROUTE_A = Attributes.of(AttributeKey.stringKey("http.route"), "/a",
			AttributeKey.longKey("http.response.status_code"), 200L);

	/** 2 ms, 10 ms and 1 s: four buckets with the unbounded one. */
	private static final DurationBuckets BUCKETS = new DurationBuckets(new long[] { 2_000_000, 10_000_000,
			1_000_000_000 });

	@Test
	void aSeriesIsBuiltOnceAndThenFoundAgain() {
		SeriesTable table = table(List.of("http.route"), 10);
		SpanMetricsSeries first = table.get("GET", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A);
		SpanMetricsSeries again = table.get("GET", SpanKind.SERVER, StatusCode.UNSET,
				Attributes.of(AttributeKey.stringKey("http.route"), "/a"));

		assertThat(again).isSameAs(first);
		assertThat(first.attributes().asMap()).containsOnlyKeys(AttributeKey.stringKey("service.name"),
				AttributeKey.stringKey("span.name"), AttributeKey.stringKey("span.kind"),
				AttributeKey.stringKey("status.code"), AttributeKey.stringKey("http.route"));
		assertThat(table.get("GET", SpanKind.SERVER, StatusCode.ERROR, ROUTE_A).attributes())
			.isNotEqualTo(first.attributes());
		assertThat(table.series()).hasSize(2);
	}

	@Test
	void aMissingDimensionIsASeriesOfItsOwnWithoutThatLabel() {
		SeriesTable table = table(List.of("http.route", "http.response.status_code"), 10);
		Attributes withoutRoute = table
			.get("GET", SpanKind.SERVER, StatusCode.UNSET,
					Attributes.of(AttributeKey.longKey("http.response.status_code"), 200L))
			.attributes();

		assertThat(withoutRoute.get(AttributeKey.stringKey("http.route"))).isNull();
		assertThat(withoutRoute.get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
		assertThat(table.get("GET", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A).attributes())
			.isNotEqualTo(withoutRoute);
	}

	@Test
	void pastTheLimitNewCombinationsShareTheOverflowSeries() {
		SeriesTable table = table(List.of(), 3);
		SpanMetricsSeries a = table.get("a", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());
		table.get("b", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());
		SpanMetricsSeries c = table.get("c", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());
		SpanMetricsSeries d = table.get("d", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());

		assertThat(table.get("a", SpanKind.CLIENT, StatusCode.OK, Attributes.empty())).isSameAs(a);
		assertThat(c).isSameAs(d).isSameAs(table.overflow());
		assertThat(c.attributes()).isEqualTo(Attributes.of(SeriesTable.OVERFLOW, true));
		assertThat(table.series()).hasSize(2);
	}

	@Test
	void excludedNamesGetNoSeries() {
		SeriesTable table = new SeriesTable("checkout", List.of(new SpanDimension("http.route")),
				"GET /actuator/health"::equals, 10, BUCKETS);

		assertThat(table.get("GET /actuator/health", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A)).isNull();
		assertThat(table.get("GET /actuator/health", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A)).isNull();
		assertThat(table.get("GET /a", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A)).isNotNull();
		assertThat(table.series()).hasSize(1);
	}

	@Test
	void durationsFallIntoTheBucketWhoseUpperBoundIncludesThem() {
		SpanMetricsSeries series = table(List.of(), 10).get("op", SpanKind.INTERNAL, StatusCode.UNSET,
				Attributes.empty());
		series.record(2_000_000, null, 1);
		series.record(2_000_001, null, 1);
		series.record(10_000_000, null, 1);
		series.record(5_000_000_000L, null, 1);
		series.record(-5, null, 1);

		SpanMetricsSeries.Snapshot snapshot = series.snapshot();
		assertThat(snapshot.counts()).containsExactly(2L, 2L, 0L, 1L);
		assertThat(snapshot.total()).isEqualTo(5);
		assertThat(snapshot.sumSeconds()).isEqualTo(5.014000001);
		assertThat(series.boundsSeconds()).containsExactly(0.002, 0.01, 1.0);
	}

	@Test
	void exemplarsComeFromSampledSpansOnlyAndTheFirstOfEachIntervalReplacesTheOld() {
		SeriesTable table = table(List.of(), 10);
		SpanMetricsSeries series = table.get("op", SpanKind.INTERNAL, StatusCode.UNSET, Attributes.empty());
		SpanContext first = sampled("1");
		SpanContext second = sampled("2");
		SpanContext third = sampled("3");

		series.record(1_000_000, null, 10);
		assertThat(series.snapshot().exemplars()).isEmpty();
		series.record(1_000_000, first, 20);
		series.record(1_000_000, second, 30);
		assertThat(series.snapshot().exemplars()).singleElement()
			.satisfies((exemplar) -> assertThat(exemplar.getSpanContext()).isEqualTo(first));

		table.collected();
		series.record(1_500_000, third, 40);
		series.record(5_000_000, second, 50);
		SpanMetricsSeries.Snapshot snapshot = series.snapshot();
		assertThat(snapshot.exemplars()).extracting((exemplar) -> exemplar.getSpanContext().getTraceId())
			.containsExactly(third.getTraceId(), second.getTraceId());
		assertThat(snapshot.exemplars().get(0).getValue()).isEqualTo(0.0015);
		assertThat(snapshot.newest().spanContext()).isEqualTo(second);
	}

	private static SpanContext sampled(String traceIdDigit) {
		return SpanContext.create(traceIdDigit.repeat(32), "1".repeat(16), TraceFlags.getSampled(),
				TraceState.getDefault());
	}

	private static SeriesTable table(List<String> dimensions, int limit) {
		return new SeriesTable("checkout", dimensions.stream().map(SpanDimension::new).toList(), (name) -> false,
				limit, BUCKETS);
	}

}
