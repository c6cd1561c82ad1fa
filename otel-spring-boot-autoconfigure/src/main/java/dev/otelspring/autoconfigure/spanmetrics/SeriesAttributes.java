package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;

/**
 * The attributes of each span metrics series, built once and then found again without
 * allocating: per (kind, status) a map from span name to the attributes, or, with extra
 * dimensions, to nested maps keyed by each dimension's value in turn. The SDK caches the hash of
 * an {@link Attributes}, so reusing the instance also makes its own lookup cheap.
 * <p>
 * Bounded by the cardinality limit: past it, a new combination is built on every call and not
 * kept, and the SDK folds it into its overflow series.
 */
final class SeriesAttributes {

	/** Marks span names that get no metrics; compared by identity. */
	static final Attributes EXCLUDED = Attributes.of(AttributeKey.booleanKey("otel.span-metrics.excluded"), true);

	private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

	private static final AttributeKey<String> SPAN_NAME = AttributeKey.stringKey("span.name");

	private static final AttributeKey<String> SPAN_KIND = AttributeKey.stringKey("span.kind");

	private static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("status.code");

	/** The key of a dimension the span lacks; the maps take no null keys. */
	private static final Object ABSENT = new Object();

	private static final int STATUSES = StatusCode.values().length;

	private final Branch[] roots = new Branch[SpanKind.values().length * STATUSES];

	private final AtomicInteger size = new AtomicInteger();

	private final String serviceName;

	private final List<SpanDimension> dimensions;

	private final Predicate<String> excludedName;

	private final int limit;

	SeriesAttributes(String serviceName, List<SpanDimension> dimensions, Predicate<String> excludedName, int limit) {
		this.serviceName = serviceName;
		this.dimensions = dimensions;
		this.excludedName = excludedName;
		this.limit = limit;
		for (int i = 0; i < this.roots.length; i++) {
			this.roots[i] = new Branch();
		}
	}

	/** The series' attributes, or {@link #EXCLUDED} for a span name that gets no metrics. */
	Attributes get(String name, SpanKind kind, StatusCode status, Attributes spanAttributes) {
		Object node = root(kind, status).get(name);
		for (int depth = 0; node instanceof Branch branch; depth++) {
			node = branch.get(valueOf(depth, spanAttributes));
		}
		return (node != null) ? (Attributes) node : add(name, kind, status, spanAttributes);
	}

	private Attributes add(String name, SpanKind kind, StatusCode status, Attributes spanAttributes) {
		boolean excluded = this.excludedName.test(name);
		Attributes attributes = excluded ? EXCLUDED : build(name, kind, status, spanAttributes);
		if (this.size.get() >= this.limit) {
			return attributes;
		}
		Branch branch = root(kind, status);
		Object key = name;
		for (int depth = 0; !excluded && depth < this.dimensions.size(); depth++) {
			branch = (Branch) branch.computeIfAbsent(key, (absent) -> new Branch());
			key = valueOf(depth, spanAttributes);
		}
		Object kept = branch.putIfAbsent(key, attributes);
		if (kept != null) {
			return (Attributes) kept;
		}
		this.size.incrementAndGet();
		return attributes;
	}

	private Attributes build(String name, SpanKind kind, StatusCode status, Attributes spanAttributes) {
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
