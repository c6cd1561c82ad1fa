package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesAttributesTests {

	private static final Attributes ROUTE_A = Attributes.of(AttributeKey.stringKey("http.route"), "/a",
			AttributeKey.longKey("http.response.status_code"), 200L);

	@Test
	void aSeriesIsBuiltOnceAndThenFoundAgain() {
		SeriesAttributes series = series(List.of("http.route"), 10);
		Attributes first = series.get("GET", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A);
		Attributes again = series.get("GET", SpanKind.SERVER, StatusCode.UNSET,
				Attributes.of(AttributeKey.stringKey("http.route"), "/a"));

		assertThat(again).isSameAs(first);
		assertThat(first.asMap()).containsOnlyKeys(AttributeKey.stringKey("service.name"),
				AttributeKey.stringKey("span.name"), AttributeKey.stringKey("span.kind"),
				AttributeKey.stringKey("status.code"), AttributeKey.stringKey("http.route"));
		assertThat(series.get("GET", SpanKind.SERVER, StatusCode.ERROR, ROUTE_A)).isNotSameAs(first)
			.isNotEqualTo(first);
	}

	@Test
	void aMissingDimensionIsASeriesOfItsOwnWithoutThatLabel() {
		SeriesAttributes series = series(List.of("http.route", "http.response.status_code"), 10);
		Attributes withoutRoute = series.get("GET", SpanKind.SERVER, StatusCode.UNSET,
				Attributes.of(AttributeKey.longKey("http.response.status_code"), 200L));

		assertThat(withoutRoute.get(AttributeKey.stringKey("http.route"))).isNull();
		assertThat(withoutRoute.get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
		assertThat(series.get("GET", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A)).isNotEqualTo(withoutRoute);
	}

	@Test
	void pastTheLimitAttributesAreStillRightButNoLongerKept() {
		SeriesAttributes series = series(List.of(), 2);
		Attributes a = series.get("a", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());
		series.get("b", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());
		Attributes c = series.get("c", SpanKind.CLIENT, StatusCode.OK, Attributes.empty());

		assertThat(series.get("a", SpanKind.CLIENT, StatusCode.OK, Attributes.empty())).isSameAs(a);
		assertThat(series.get("c", SpanKind.CLIENT, StatusCode.OK, Attributes.empty())).isEqualTo(c).isNotSameAs(c);
	}

	@Test
	void excludedNamesAreMarked() {
		SeriesAttributes series = new SeriesAttributes("checkout", List.of(new SpanDimension("http.route")),
				"GET /actuator/health"::equals, 10);

		assertThat(series.get("GET /actuator/health", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A))
			.isSameAs(SeriesAttributes.EXCLUDED);
		assertThat(series.get("GET /actuator/health", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A))
			.isSameAs(SeriesAttributes.EXCLUDED);
		assertThat(series.get("GET /a", SpanKind.SERVER, StatusCode.UNSET, ROUTE_A))
			.isNotSameAs(SeriesAttributes.EXCLUDED);
	}

	private static SeriesAttributes series(List<String> dimensions, int limit) {
		return new SeriesAttributes("checkout", dimensions.stream().map(SpanDimension::new).toList(),
				(name) -> false, limit);
	}

}
