package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;

/**
 * One extra dimension of the span metrics: a span attribute looked up by name, whatever its
 * scalar type, and copied to the metric's attributes with that same type.
 */
final class SpanDimension {

	private final List<AttributeKey<?>> keys;

	/**
	 * Index of the key that matched last. Only a hint, so a racy plain field is fine: an
	 * attribute keeps its type, and with it the first lookup of a span nearly always hits.
	 */
	private int lastMatch;

	SpanDimension(String name) {
		this.keys = List.of(AttributeKey.stringKey(name), AttributeKey.longKey(name), AttributeKey.booleanKey(name),
				AttributeKey.doubleKey(name));
	}

	/** The attribute's value, or null when the span has no scalar attribute of that name. */
	Object valueOf(Attributes attributes) {
		int hint = this.lastMatch;
		Object value = attributes.get(this.keys.get(hint));
		if (value != null) {
			return value;
		}
		for (int i = 0; i < this.keys.size(); i++) {
			value = (i != hint) ? attributes.get(this.keys.get(i)) : null;
			if (value != null) {
				this.lastMatch = i;
				return value;
			}
		}
		return null;
	}

	/** Copies the span's attribute, if it has one, to the metric's attributes, type and all. */
	@SuppressWarnings("unchecked")
	void copy(Attributes spanAttributes, AttributesBuilder metricAttributes) {
		for (AttributeKey<?> key : this.keys) {
			Object value = spanAttributes.get(key);
			if (value != null) {
				metricAttributes.put((AttributeKey<Object>) key, value);
				return;
			}
		}
	}

}
