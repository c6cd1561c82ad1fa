package dev.otelspring.autoconfigure.spanmetrics;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.otelspring.autoconfigure.sdk.InvalidOtelPropertyException;
import io.opentelemetry.api.trace.SpanKind;

import org.springframework.util.PatternMatchUtils;

/**
 * {@link SpanMetricsProperties} checked once, at startup, and put in the shapes the hot path
 * wants. A value that cannot work stops the application with a report naming the property.
 */
record SpanMetricsSettings(DurationBuckets buckets, int cardinalityLimit, List<SpanDimension> dimensions,
		Predicate<String> excludedName, Set<SpanKind> excludedKinds) {

	static SpanMetricsSettings of(SpanMetricsProperties properties) {
		String[] excludedNames = properties.getExcludeSpanNames().toArray(String[]::new);
		Set<SpanKind> excludedKinds = EnumSet.noneOf(SpanKind.class);
		excludedKinds.addAll(properties.getExcludeSpanKinds());
		return new SpanMetricsSettings(bucketBoundaries(properties.getHistogramBuckets()),
				cardinalityLimit(properties.getCardinalityLimit()),
				properties.getDimensions().stream().map(SpanDimension::new).toList(),
				(name) -> PatternMatchUtils.simpleMatch(excludedNames, name), excludedKinds);
	}

	private static int cardinalityLimit(int limit) {
		if (limit < 1) {
			throw new InvalidOtelPropertyException("otel.span-metrics.cardinality-limit", String.valueOf(limit),
					"a whole number of 1 or more, such as 2000");
		}
		return limit;
	}

	private static DurationBuckets bucketBoundaries(List<Duration> buckets) {
		long[] nanos = new long[buckets.size()];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = buckets.get(i).toNanos();
			if (nanos[i] <= 0 || (i > 0 && nanos[i] <= nanos[i - 1])) {
				throw new InvalidOtelPropertyException("otel.span-metrics.histogram-buckets", asWritten(buckets),
						"positive durations in increasing order, such as 5ms,10ms,100ms,1s");
			}
		}
		return new DurationBuckets(nanos);
	}

	private static String asWritten(List<Duration> buckets) {
		return buckets.stream()
			.map((bucket) -> (bucket.toNanos() % 1_000_000 == 0) ? bucket.toMillis() + "ms" : bucket.toNanos() + "ns")
			.collect(Collectors.joining(","));
	}

}
