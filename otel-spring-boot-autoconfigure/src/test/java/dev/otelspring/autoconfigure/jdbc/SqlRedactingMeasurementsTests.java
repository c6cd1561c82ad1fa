package dev.otelspring.autoconfigure.jdbc;

import java.util.List;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleHistogramBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the JDBC library measures passes through {@link SqlRedactingTelemetry} as its spans do:
 * the SDK keeps a measurement's attributes with its exemplars, so a raw query text there would be
 * exported with the metric.
 */
class SqlRedactingMeasurementsTests {

	private static final AttributeKey<String> QUERY_TEXT = AttributeKey.stringKey("db.query.text");

	private final InMemoryMetricReader reader = InMemoryMetricReader.create();

	private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
		.setMeterProvider(SdkMeterProvider.builder().registerMetricReader(this.reader).build())
		.build();

	private final OpenTelemetry redacting = SqlRedactingTelemetry.wrap(this.sdk);

	@AfterEach
	void close() {
		this.sdk.close();
	}

	@Test
	void measurementsKeepNoLiteralOfTheirQueryText() {
		DoubleHistogramBuilder builder = this.redacting.getMeterProvider()
			.get("io.opentelemetry.jdbc")
			.histogramBuilder("db.client.operation.duration");
		// The library gives its advice through the incubator's builder, when the builder is one.
		assertThat(builder).isInstanceOf(ExtendedDoubleHistogramBuilder.class);
		DoubleHistogram histogram = builder.build();
		histogram.record(0.5, Attributes.of(QUERY_TEXT, "SELECT name FROM t WHERE sku = 'SECRET' AND price > 42"));
		LongCounter counter = this.redacting.getMeter("io.opentelemetry.jdbc").counterBuilder("statements").build();
		counter.add(1, Attributes.of(QUERY_TEXT, "DELETE FROM t WHERE id = 7"));

		assertThat(this.reader.collectAllMetrics()).flatExtracting(SqlRedactingMeasurementsTests::queryTexts)
			.containsExactlyInAnyOrder("SELECT name FROM t WHERE sku = ? AND price > ?", "DELETE FROM t WHERE id = ?");
	}

	@Test
	void everyKindOfSynchronousInstrumentSanitizes() {
		Meter meter = this.redacting.getMeter("io.opentelemetry.jdbc");
		meter.counterBuilder("counter.double").ofDoubles().build().add(1.5, measured("c.double"));
		meter.upDownCounterBuilder("updown.long").build().add(-1, measured("ud.long"));
		meter.upDownCounterBuilder("updown.double").ofDoubles().build().add(-1.5, measured("ud.double"));
		meter.histogramBuilder("histogram.long").ofLongs().build().record(7, measured("h.long"), Context.root());
		meter.gaugeBuilder("gauge.double").build().set(0.5, measured("g.double"));
		meter.gaugeBuilder("gauge.long").ofLongs().build().set(3, measured("g.long"));

		assertThat(this.reader.collectAllMetrics()).flatExtracting(SqlRedactingMeasurementsTests::queryTexts)
			.containsExactlyInAnyOrder("SELECT name FROM c.double WHERE sku = ?", "SELECT name FROM ud.long WHERE sku = ?",
					"SELECT name FROM ud.double WHERE sku = ?", "SELECT name FROM h.long WHERE sku = ?",
					"SELECT name FROM g.double WHERE sku = ?", "SELECT name FROM g.long WHERE sku = ?");
	}

	private static Attributes measured(String table) {
		return Attributes.of(QUERY_TEXT, "SELECT name FROM " + table + " WHERE sku = 'SECRET'");
	}

	private static List<String> queryTexts(MetricData metric) {
		return metric.getData().getPoints().stream().map((point) -> point.getAttributes().get(QUERY_TEXT)).toList();
	}

}
