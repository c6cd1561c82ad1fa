package dev.otelspring.autoconfigure.spanmetrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.api.trace.SpanKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the span metrics: a calls counter and a duration histogram, recorded in-process
 * from every ended span, with the names and labels of the Collector's span metrics connector.
 */
@ConfigurationProperties("otel.span-metrics")
public class SpanMetricsProperties {

	/**
	 * Whether to record span metrics. When true, spans that the sampler drops are still recorded
	 * (but never exported), so that the counts are exact whatever the sampling ratio.
	 */
	private boolean enabled = true;

	/**
	 * Span attributes added as extra dimensions, such as "http.route", "db.system.name" or
	 * "http.response.status_code". A span without the attribute gets no such label.
	 */
	private List<String> dimensions = new ArrayList<>();

	/**
	 * Upper bounds of the duration histogram buckets, in increasing order. Whole numbers with a
	 * unit, such as "1400ms". The default is the connector's: 2ms, 4ms, 6ms, 8ms, 10ms, 50ms,
	 * 100ms, 200ms, 400ms, 800ms, 1s, 1400ms, 2s, 5s, 10s and 15s.
	 */
	private List<Duration> histogramBuckets = new ArrayList<>(List.of(Duration.ofMillis(2), Duration.ofMillis(4),
			Duration.ofMillis(6), Duration.ofMillis(8), Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
			Duration.ofSeconds(1), Duration.ofMillis(1400), Duration.ofSeconds(2), Duration.ofSeconds(5),
			Duration.ofSeconds(10), Duration.ofSeconds(15)));

	/**
	 * Names of spans that get no span metrics, matched case-sensitively; "*" matches any run of
	 * characters, as in "GET /actuator*".
	 */
	private List<String> excludeSpanNames = new ArrayList<>();

	/**
	 * Kinds of spans that get no span metrics, such as "internal".
	 */
	private List<SpanKind> excludeSpanKinds = new ArrayList<>();

	/**
	 * Most series per metric. Past it, measurements of new label combinations fold into one
	 * series labelled otel_metric_overflow="true", so memory stays bounded.
	 */
	private int cardinalityLimit = 2000;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getDimensions() {
		return this.dimensions;
	}

	public void setDimensions(List<String> dimensions) {
		this.dimensions = dimensions;
	}

	public List<Duration> getHistogramBuckets() {
		return this.histogramBuckets;
	}

	public void setHistogramBuckets(List<Duration> histogramBuckets) {
		this.histogramBuckets = histogramBuckets;
	}

	public List<String> getExcludeSpanNames() {
		return this.excludeSpanNames;
	}

	public void setExcludeSpanNames(List<String> excludeSpanNames) {
		this.excludeSpanNames = excludeSpanNames;
	}

	public List<SpanKind> getExcludeSpanKinds() {
		return this.excludeSpanKinds;
	}

	public void setExcludeSpanKinds(List<SpanKind> excludeSpanKinds) {
		this.excludeSpanKinds = excludeSpanKinds;
	}

	public int getCardinalityLimit() {
		return this.cardinalityLimit;
	}

	public void setCardinalityLimit(int cardinalityLimit) {
		this.cardinalityLimit = cardinalityLimit;
	}

}
