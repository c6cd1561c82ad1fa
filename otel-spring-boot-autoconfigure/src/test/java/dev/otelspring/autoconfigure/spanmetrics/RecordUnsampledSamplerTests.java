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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordUnsampledSamplerTests {

	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	@Test
	void aDroppedSpanIsRecordedButNotSampled() {
		assertThat(decide(Sampler.alwaysOff())).isSameAs(SamplingResult.recordOnly());
	}

	@Test
	void sampledAndRecordedDecisionsAreKept() {
		assertThat(decide(Sampler.alwaysOn())).isSameAs(SamplingResult.recordAndSample());
		Sampler recordOnly = fixed(SamplingResult.recordOnly());
		assertThat(decide(recordOnly)).isSameAs(SamplingResult.recordOnly());
	}

	@Test
	void aDropThatUpdatesTheTraceStateKeepsTheUpdate() {
		SamplingResult drop = new SamplingResult() {

			@Override
			public SamplingDecision getDecision() {
				return SamplingDecision.DROP;
			}

			@Override
			public Attributes getAttributes() {
				return Attributes.empty();
			}

			@Override
			public TraceState getUpdatedTraceState(TraceState parentTraceState) {
				return parentTraceState.toBuilder().put("ot", "th:0").build();
			}

		};
		SamplingResult result = decide(fixed(drop));

		assertThat(result.getDecision()).isEqualTo(SamplingDecision.RECORD_ONLY);
		assertThat(result.getUpdatedTraceState(TraceState.getDefault()).get("ot")).isEqualTo("th:0");
	}

	@Test
	void descriptionNamesTheConfiguredSampler() {
		assertThat(new RecordUnsampledSampler(Sampler.parentBased(Sampler.traceIdRatioBased(0.1))).getDescription())
			.startsWith("RecordUnsampled{ParentBased{root:TraceIdRatioBased{0.100000}");
	}

	private static SamplingResult decide(Sampler sampler) {
		return new RecordUnsampledSampler(sampler).shouldSample(Context.root(), TRACE_ID, "op", SpanKind.INTERNAL,
				Attributes.empty(), List.of());
	}

	private static Sampler fixed(SamplingResult result) {
		return new Sampler() {

			@Override
			public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
					Attributes attributes, List<LinkData> parentLinks) {
				return result;
			}

			@Override
			public String getDescription() {
				return "Fixed";
			}

		};
	}

}
