package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.function.Consumer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleUpDownCounterBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.DoubleUpDownCounter;
import io.opentelemetry.api.metrics.DoubleUpDownCounterBuilder;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.LongUpDownCounterBuilder;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableDoubleUpDownCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.metrics.ObservableLongUpDownCounter;
import io.opentelemetry.context.Context;

/**
 * Redacting up-down counters, for {@link RedactingMeter}: what they record keeps no literal of its
 * {@code db.query.text} ({@link QueryAttributes#sanitizeQueryText}).
 * <p>
 * Observable ones are the delegate's own: their callbacks record into measurements of the SDK,
 * which its batch callbacks accept only unwrapped; the library observes nothing.
 */
final class RedactingUpDownCounters {

	private RedactingUpDownCounters() {
	}

	/** Builds a redacting long up-down counter. */
	static final class LongBuilder implements ExtendedLongUpDownCounterBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private LongUpDownCounterBuilder delegate;

		LongBuilder(LongUpDownCounterBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedLongUpDownCounterBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedLongUpDownCounterBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedLongUpDownCounterBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedLongUpDownCounterBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public DoubleUpDownCounterBuilder ofDoubles() {
			return new DoubleBuilder(this.delegate.ofDoubles());
		}

		@Override
		public LongUpDownCounter build() {
			return new LongInstrument(this.delegate.build());
		}

		@Override
		public ObservableLongUpDownCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
			return this.delegate.buildWithCallback(callback);
		}

		@Override
		public ObservableLongMeasurement buildObserver() {
			return this.delegate.buildObserver();
		}

	}

	/** Builds a redacting double up-down counter. */
	static final class DoubleBuilder implements ExtendedDoubleUpDownCounterBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private DoubleUpDownCounterBuilder delegate;

		DoubleBuilder(DoubleUpDownCounterBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedDoubleUpDownCounterBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedDoubleUpDownCounterBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedDoubleUpDownCounterBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedDoubleUpDownCounterBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public DoubleUpDownCounter build() {
			return new DoubleInstrument(this.delegate.build());
		}

		@Override
		public ObservableDoubleUpDownCounter buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
			return this.delegate.buildWithCallback(callback);
		}

		@Override
		public ObservableDoubleMeasurement buildObserver() {
			return this.delegate.buildObserver();
		}

	}

	/** A long up-down counter whose attributes lose the literals of their query text. */
	static final class LongInstrument implements LongUpDownCounter {

		private final LongUpDownCounter delegate;

		LongInstrument(LongUpDownCounter delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean isEnabled() {
			return this.delegate.isEnabled();
		}

		@Override
		public void add(long value) {
			this.delegate.add(value);
		}

		@Override
		public void add(long value, Attributes attributes) {
			this.delegate.add(value, QueryAttributes.sanitizeQueryText(attributes));
		}

		@Override
		public void add(long value, Attributes attributes, Context context) {
			this.delegate.add(value, QueryAttributes.sanitizeQueryText(attributes), context);
		}

	}

	/** A double up-down counter whose attributes lose the literals of their query text. */
	static final class DoubleInstrument implements DoubleUpDownCounter {

		private final DoubleUpDownCounter delegate;

		DoubleInstrument(DoubleUpDownCounter delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean isEnabled() {
			return this.delegate.isEnabled();
		}

		@Override
		public void add(double value) {
			this.delegate.add(value);
		}

		@Override
		public void add(double value, Attributes attributes) {
			this.delegate.add(value, QueryAttributes.sanitizeQueryText(attributes));
		}

		@Override
		public void add(double value, Attributes attributes, Context context) {
			this.delegate.add(value, QueryAttributes.sanitizeQueryText(attributes), context);
		}

	}

}
