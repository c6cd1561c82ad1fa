package dev.otelspring.autoconfigure.spanmetrics;

import java.util.Arrays;
import java.util.List;

/**
 * The duration histogram's upper bounds, in nanoseconds for the hot path and in seconds for the
 * exported data. A bucket holds the durations above the previous bound up to its own, inclusive,
 * as Prometheus's {@code le} says; the last bucket has no upper bound.
 */
final class DurationBuckets {

	private final long[] boundsNanos;

	private final List<Double> boundsSeconds;

	DurationBuckets(long[] boundsNanos) {
		this.boundsNanos = boundsNanos.clone();
		this.boundsSeconds = Arrays.stream(boundsNanos).mapToObj((nanos) -> nanos / 1e9).toList();
	}

	/** The number of buckets, the unbounded one included. */
	int size() {
		return this.boundsNanos.length + 1;
	}

	int indexOf(long durationNanos) {
		int found = Arrays.binarySearch(this.boundsNanos, durationNanos);
		return (found >= 0) ? found : -found - 1;
	}

	List<Double> boundsSeconds() {
		return this.boundsSeconds;
	}

}
