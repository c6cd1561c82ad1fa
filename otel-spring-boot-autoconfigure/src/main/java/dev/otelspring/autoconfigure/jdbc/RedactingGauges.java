package dev.otelspring.autoconfigure.jdbc;

import java.util.List;
import java.util.function.Consumer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleGaugeBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongGaugeBuilder;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleGaugeBuilder;
import io.opentelemetry.api.metrics.LongGauge;
import io.opentelemetry.api.metrics.LongGaugeBuilder;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.context.Context;

/**
 * Redacting gauges, for {@link RedactingMeter}: what they record keeps no literal of its
 * {@code db.query.text} ({@link QueryAttributes#sanitizeQueryText}).
 * <p>
 * Observable ones are the delegate's own: their callbacks record into measurements of the SDK,
 * which its batch callbacks accept only unwrapped; the library observes nothing.
 */
final class RedactingGauges {

	private RedactingGauges() {
	}

	/** Builds a redacting double gauge. */
	static final class DoubleBuilder implements ExtendedDoubleGaugeBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private DoubleGaugeBuilder delegate;

		DoubleBuilder(DoubleGaugeBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedDoubleGaugeBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedDoubleGaugeBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedDoubleGaugeBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedDoubleGaugeBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public LongGaugeBuilder ofLongs() {
			return new LongBuilder(this.delegate.ofLongs());
		}

		@Override
		public DoubleGauge build() {
			return new DoubleInstrument(this.delegate.build());
		}

		@Override
		public ObservableDoubleGauge buildWithCallback(Consumer<ObservableDoubleMeasurement> callback) {
			return this.delegate.buildWithCallback(callback);
		}

		@Override
		public ObservableDoubleMeasurement buildObserver() {
			return this.delegate.buildObserver();
		}

	}

	/** Builds a redacting long gauge. */
	static final class LongBuilder implements ExtendedLongGaugeBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private LongGaugeBuilder delegate;

		LongBuilder(LongGaugeBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedLongGaugeBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedLongGaugeBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedLongGaugeBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedLongGaugeBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public LongGauge build() {
			return new LongInstrument(this.delegate.build());
		}

		@Override
		public ObservableLongGauge buildWithCallback(Consumer<ObservableLongMeasurement> callback) {
			return this.delegate.buildWithCallback(callback);
		}

		@Override
		public ObservableLongMeasurement buildObserver() {
			return this.delegate.buildObserver();
		}

	}

	/** A double gauge whose attributes lose the literals of their query text. */
	static final class DoubleInstrument implements DoubleGauge {

		private final DoubleGauge delegate;

		DoubleInstrument(DoubleGauge delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean isEnabled() {
			return this.delegate.isEnabled();
		}

		@Override
		public void set(double value) {
			this.delegate.set(value);
		}

		@Override
		public void set(double value, Attributes attributes) {
			this.delegate.set(value, QueryAttributes.sanitizeQueryText(attributes));
		}

		@Override
		public void set(double value, Attributes attributes, Context context) {
			this.delegate.set(value, QueryAttributes.sanitizeQueryText(attributes), context);
		}

	}

	/** A long gauge whose attributes lose the literals of their query text. */
	static final class LongInstrument implements LongGauge {

		private final LongGauge delegate;

		LongInstrument(LongGauge delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean isEnabled() {
			return this.delegate.isEnabled();
		}

		@Override
		public void set(long value) {
			this.delegate.set(value);
		}

		@Override
		public void set(long value, Attributes attributes) {
			this.delegate.set(value, QueryAttributes.sanitizeQueryText(attributes));
		}

		@Override
		public void set(long value, Attributes attributes, Context context) {
			this.delegate.set(value, QueryAttributes.sanitizeQueryText(attributes), context);
		}

	}

}
