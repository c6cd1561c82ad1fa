package dev.otelspring.autoconfigure.spanmetrics;

import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Every span metrics series of one service, found again without allocating: per (kind, status) a
 * map from span name to the series, or, with extra dimensions, to nested maps keyed by each
 * dimension's value in turn.
 * <p>
 * Bounded by the cardinality limit, the overflow series included: past it, spans of a new label
 * combination are recorded into one series labelled {@code otel.metric.overflow=true}, as the
 * SDK's own instruments do.
 */
final class SeriesTable {

	static final AttributeKey<Boolean> OVERFLOW = AttributeKey.booleanKey("otel.metric.overflow");

	private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

	private static final AttributeKey<String> SPAN_NAME = AttributeKey.stringKey("span.name");

	private static final AttributeKey<String> SPAN_KIND = AttributeKey.stringKey("span.kind");

	private static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("status.code");

	/** Kept for span names that get no metrics; compared by identity. */
	private static final Object EXCLUDED = new Object();

	/** The key of a dimension the span lacks; the maps take no null keys. */
	private static final Object ABSENT = new Object();

	private static final int STATUSES = StatusCode.values().length;

	private final Branch[] roots = new Branch[SpanKind.values().length * STATUSES];

	private final Queue<SpanMetricsSeries> all = new ConcurrentLinkedQueue<>();

	private final AtomicInteger size = new AtomicInteger();

	private final AtomicLong collections = new AtomicLong();

	private final @Nullable String serviceName;

	private final List<SpanDimension> dimensions;

	private final Predicate<String> excludedName;

	private final int limit;

	private final DurationBuckets buckets;

	private final SpanMetricsSeries overflow;

	SeriesTable(@Nullable String serviceName, List<SpanDimension> dimensions, Predicate<String> excludedName,
			int limit, DurationBuckets buckets) {
		this.serviceName = serviceName;
		this.dimensions = dimensions;
		this.excludedName = excludedName;
		this.limit = limit;
		this.buckets = buckets;
		this.overflow = newSeries(Attributes.of(OVERFLOW, true));
		for (int i = 0; i < this.roots.length; i++) {
			this.roots[i] = new Branch();
		}
	}

	/** The span's series, or {@code null} for a span name that gets no metrics. */
	@Nullable SpanMetricsSeries get(String name, SpanKind kind, StatusCode status, Attributes spanAttributes) {
		Object node = root(kind, status).get(name);
		for (int depth = 0; node instanceof Branch branch; depth++) {
			node = branch.get(valueOf(depth, spanAttributes));
		}
		if (node == null) {
			node = add(name, kind, status, spanAttributes);
		}
		return (node != EXCLUDED) ? (SpanMetricsSeries) node : null;
	}

	/** Every series kept, the overflow series apart. */
	Collection<SpanMetricsSeries> series() {
		return this.all;
	}

	SpanMetricsSeries overflow() {
		return this.overflow;
	}

	/** Marks the end of a collection interval, so that exemplars of the next one replace older ones. */
	void collected() {
		this.collections.incrementAndGet();
	}

	private Object add(String name, SpanKind kind, StatusCode status, Attributes spanAttributes) {
		boolean excluded = this.excludedName.test(name);
		// One place is kept for the overflow series.
		if (!excluded && this.size.get() >= this.limit - 1) {
			return this.overflow;
		}
		Branch branch = root(kind, status);
		Object key = name;
		for (int depth = 0; !excluded && depth < this.dimensions.size(); depth++) {
			branch = (Branch) branch.computeIfAbsent(key, (absent) -> new Branch());
			key = valueOf(depth, spanAttributes);
		}
		Object created = excluded ? EXCLUDED : newSeries(labels(name, kind, status, spanAttributes));
		Object kept = branch.putIfAbsent(key, created);
		if (kept != null) {
			return kept;
		}
		if (!excluded) {
			this.size.incrementAndGet();
			this.all.add((SpanMetricsSeries) created);
		}
		return created;
	}

	private SpanMetricsSeries newSeries(Attributes labels) {
		return new SpanMetricsSeries(labels, Clock.getDefault().now(), this.buckets, this.collections);
	}

	private Attributes labels(String name, SpanKind kind, StatusCode status, Attributes spanAttributes) {
		AttributesBuilder builder = Attributes.builder();
		if (this.serviceName != null) {
			builder.put(SERVICE_NAME, this.serviceName);
		}
		builder.put(SPAN_NAME, name)
			.put(SPAN_KIND, "SPAN_KIND_" + kind.name())
			.put(STATUS_CODE, "STATUS_CODE_" + status.name());
		this.dimensions.forEach((dimension) -> dimension.copy(spanAttributes, builder));
		return builder.build();
	}

	private Object valueOf(int depth, Attributes spanAttributes) {
		Object value = this.dimensions.get(depth).valueOf(spanAttributes);
		return (value != null) ? value : ABSENT;
	}

	private Branch root(SpanKind kind, StatusCode status) {
		return this.roots[kind.ordinal() * STATUSES + status.ordinal()];
	}

	private static final class Branch extends ConcurrentHashMap<Object, Object> {

	}

}
