package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.function.Consumer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleCounterBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongCounterBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleCounterBuilder;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongCounterBuilder;
import io.opentelemetry.api.metrics.ObservableDoubleCounter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongCounter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.context.Context;

/**
 * Redacting counters, for {@link RedactingMeter}: what they record keeps no literal of its
 * {@code db.query.text} ({@link QueryAttributes#sanitizeQueryText}).
 * <p>
 * Observable ones are the delegate's own: their callbacks record into measurements of the SDK,
 * which its batch callbacks accept only unwrapped; the library observes nothing.
 */
final class RedactingCounters {

	private RedactingCounters() {
	}

	/** Builds a redacting long counter. */
	static final class LongBuilder implements ExtendedLongCounterBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private LongCounterBuilder delegate;

		LongBuilder(LongCounterBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedLongCounterBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedLongCounterBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedLongCounterBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedLongCounterBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public DoubleCounterBuilder ofDoubles() {
			return new DoubleBuilder(this.delegate.ofDoubles());
		}

		@Override
		public LongCounter build() {
			return new LongInstrument(this.delegate.build());
		}

		@Override
		public ObservableLongCounter buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
			return this.delegate.buildWithCallback(callback);
		}

		@Override
		public ObservableLongMeasurement buildObserver() {
			return this.delegate.buildObserver();
		}

	}

	/** Builds a redacting double counter. */
	static final class DoubleBuilder implements ExtendedDoubleCounterBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private DoubleCounterBuilder delegate;

		DoubleBuilder(DoubleCounterBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedDoubleCounterBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedDoubleCounterBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedDoubleCounterBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedDoubleCounterBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public DoubleCounter build() {
			return new DoubleInstrument(this.delegate.build());
		}

		@Override
		public ObservableDoubleCounter buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
			return this.delegate.buildWithCallback(callback);
		}

		@Override
		public ObservableDoubleMeasurement buildObserver() {
			return this.delegate.buildObserver();
		}

	}

	/** A long counter whose attributes lose the literals of their query text. */
	static final class LongInstrument implements LongCounter {

		private final LongCounter delegate;

		LongInstrument(LongCounter delegate) {
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

	/** A double counter whose attributes lose the literals of their query text. */
	static final class DoubleInstrument implements DoubleCounter {

		private final DoubleCounter delegate;

		DoubleInstrument(DoubleCounter delegate) {
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
