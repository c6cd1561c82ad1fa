package dev.otelspring.autoconfigure.jdbc;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.incubator.metrics.ExtendedDoubleHistogramBuilder;
import io.opentelemetry.api.incubator.metrics.ExtendedLongHistogramBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.LongHistogramBuilder;
import io.opentelemetry.context.Context;

/**
 * Redacting histograms, for {@link RedactingMeter}: what they record keeps no literal of its
 * {@code db.query.text} ({@link QueryAttributes#sanitizeQueryText}).
 */
final class RedactingHistograms {

	private RedactingHistograms() {
	}

	/** Builds a redacting double histogram. */
	static final class DoubleBuilder implements ExtendedDoubleHistogramBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private DoubleHistogramBuilder delegate;

		DoubleBuilder(DoubleHistogramBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedDoubleHistogramBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedDoubleHistogramBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedDoubleHistogramBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedDoubleHistogramBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public ExtendedDoubleHistogramBuilder setExplicitBucketBoundariesAdvice(List<Double> bucketBoundaries) {
			this.delegate = this.delegate.setExplicitBucketBoundariesAdvice(bucketBoundaries);
			return this;
		}

		@Override
		public LongHistogramBuilder ofLongs() {
			return new LongBuilder(this.delegate.ofLongs());
		}

		@Override
		public DoubleHistogram build() {
			return new DoubleInstrument(this.delegate.build());
		}

	}

	/** Builds a redacting long histogram. */
	static final class LongBuilder implements ExtendedLongHistogramBuilder {

		// Not final: whatever the delegate returns is the builder to go on with.
		private LongHistogramBuilder delegate;

		LongBuilder(LongHistogramBuilder delegate) {
			this.delegate = delegate;
		}

		@Override
		public ExtendedLongHistogramBuilder setDescription(String description) {
			this.delegate = this.delegate.setDescription(description);
			return this;
		}

		@Override
		public ExtendedLongHistogramBuilder setUnit(String unit) {
			this.delegate = this.delegate.setUnit(unit);
			return this;
		}

		@Override
		public ExtendedLongHistogramBuilder setAttributesAdvice(List<AttributeKey<?>> attributes) {
			if (this.delegate instanceof ExtendedLongHistogramBuilder extended) {
				this.delegate = extended.setAttributesAdvice(attributes);
			}
			return this;
		}

		@Override
		public ExtendedLongHistogramBuilder setExplicitBucketBoundariesAdvice(List<Long> bucketBoundaries) {
			this.delegate = this.delegate.setExplicitBucketBoundariesAdvice(bucketBoundaries);
			return this;
		}

		@Override
		public LongHistogram build() {
			return new LongInstrument(this.delegate.build());
		}

	}

	/** A double histogram whose attributes lose the literals of their query text. */
	static final class DoubleInstrument implements DoubleHistogram {

		private final DoubleHistogram delegate;

		DoubleInstrument(DoubleHistogram delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean isEnabled() {
			return this.delegate.isEnabled();
		}

		@Override
		public void record(double value) {
			this.delegate.record(value);
		}

		@Override
		public void record(double value, Attributes attributes) {
			this.delegate.record(value, QueryAttributes.sanitizeQueryText(attributes));
		}

		@Override
		public void record(double value, Attributes attributes, Context context) {
			this.delegate.record(value, QueryAttributes.sanitizeQueryText(attributes), context);
		}

	}

	/** A long histogram whose attributes lose the literals of their query text. */
	static final class LongInstrument implements LongHistogram {

		private final LongHistogram delegate;

		LongInstrument(LongHistogram delegate) {
			this.delegate = delegate;
		}

		@Override
		public boolean isEnabled() {
			return this.delegate.isEnabled();
		}

		@Override
		public void record(long value) {
			this.delegate.record(value);
		}

		@Override
		public void record(long value, Attributes attributes) {
			this.delegate.record(value, QueryAttributes.sanitizeQueryText(attributes));
		}

		@Override
		public void record(long value, Attributes attributes, Context context) {
			this.delegate.record(value, QueryAttributes.sanitizeQueryText(attributes), context);
		}

	}

}
