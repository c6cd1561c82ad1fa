package dev.otelspring.autoconfigure.spanmetrics;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * Turns the configured sampler's DROP into RECORD_ONLY, and changes nothing else.
 * <p>
 * Why: a dropped span never reaches a span processor, so span metrics would count only the
 * sampled share of the traffic. A record-only span does reach {@code onEnd}, yet it is not
 * sampled: its trace flags still say so downstream, and the batch and simple span processors
 * export sampled spans only. What is exported is therefore exactly what the sampler chose.
 */
final class RecordUnsampledSampler implements Sampler {

	private final Sampler delegate;

	RecordUnsampledSampler(Sampler delegate) {
		this.delegate = delegate;
	}

	@Override
	public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
			Attributes attributes, List<LinkData> parentLinks) {
		SamplingResult result = this.delegate.shouldSample(parentContext, traceId, name, spanKind, attributes,
				parentLinks);
		if (result.getDecision() != SamplingDecision.DROP) {
			return result;
		}
		// The SDK's own samplers drop with this shared constant; anything else may carry a trace
		// state update that must survive the new decision.
		return (result == SamplingResult.drop()) ? SamplingResult.recordOnly() : new RecordOnly(result);
	}

	@Override
	public String getDescription() {
		return "RecordUnsampled{" + this.delegate.getDescription() + "}";
	}

	@Override
	public String toString() {
		return getDescription();
	}

	private record RecordOnly(SamplingResult dropped) implements SamplingResult {

		@Override
		public SamplingDecision getDecision() {
			return SamplingDecision.RECORD_ONLY;
		}

		@Override
		public Attributes getAttributes() {
			return this.dropped.getAttributes();
		}

		@Override
		public TraceState getUpdatedTraceState(TraceState parentTraceState) {
			return this.dropped.getUpdatedTraceState(parentTraceState);
		}

	}

}
