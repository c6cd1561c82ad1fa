package dev.otelspring.autoconfigure.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedSpanProcessorTests {

	private static final int CAPACITY = 8;

	private static final int BATCH = 4;

	private final SignalStatistics statistics = new SignalStatistics("traces");

	private final GatedSpanExporter backend = new GatedSpanExporter();

	private SdkTracerProvider tracing;

	@AfterEach
	void close() {
		this.backend.open();
		this.tracing.close();
	}

	@Test
	void whileTheBackendHangsTheQueueNeverHoldsMoreThanItsCapacityAndTheRestIsCountedAsDropped() {
		Tracer tracer = tracer(Sampler.alwaysOn());
		for (int i = 0; i < 100; i++) {
			tracer.spanBuilder("span-" + i).startSpan().end();
			assertThat(this.statistics.queueSize()).isLessThanOrEqualTo(CAPACITY);
		}
		// At most a full queue and a batch in the hanging export were kept; nothing else.
		assertThat(this.statistics.dropped()).isGreaterThanOrEqualTo(100 - CAPACITY - BATCH);

		this.backend.open();
		assertThat(this.tracing.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();

		assertThat(this.statistics.exported()).isEqualTo(this.backend.exported());
		assertThat(this.statistics.exported() + this.statistics.dropped()).isEqualTo(100);
		assertThat(this.statistics.queueSize()).isZero();
		assertThat(this.statistics.failed()).isZero();
	}

	@Test
	void spansRecordedButNotSampledAreNeitherQueuedNorCounted() {
		Tracer tracer = tracer(new RecordOnlySampler());
		for (int i = 0; i < 100; i++) {
			tracer.spanBuilder("span-" + i).startSpan().end();
		}
		assertThat(this.statistics.queueSize()).isZero();
		assertThat(this.statistics.dropped()).isZero();
	}

	private Tracer tracer(Sampler sampler) {
		this.statistics.observeQueue(CAPACITY);
		ExportCounter counter = new ExportCounter(this.statistics);
		counter.drainQueue();
		BatchSpanProcessor batch = BatchSpanProcessor.builder(new CountingSpanExporter(this.backend, counter))
			.setMaxQueueSize(CAPACITY)
			.setMaxExportBatchSize(BATCH)
			.setScheduleDelay(Duration.ofMillis(5))
			.build();
		this.tracing = SdkTracerProvider.builder()
			.setSampler(sampler)
			.addSpanProcessor(new BoundedSpanProcessor(batch, this.statistics, new ExportDeadline()))
			.build();
		return this.tracing.get("test");
	}

	/** What span metrics turn the sampler's DROP into: recorded, not sampled. */
	private static final class RecordOnlySampler implements Sampler {

		@Override
		public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
				Attributes attributes, List<LinkData> parentLinks) {
			return SamplingResult.recordOnly();
		}

		@Override
		public String getDescription() {
			return "RecordOnly";
		}

	}

}
