package dev.otelspring.autoconfigure.pipeline;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import io.opentelemetry.sdk.common.CompletableResultCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCounterTests {

	private final SignalStatistics statistics = new SignalStatistics("logs");

	private final ExportCounter counter = new ExportCounter(this.statistics);

	@Test
	void countsWhatWasExportedAndWhatFailedWithTheLastError() {
		assertThat(this.statistics.isFailing()).isFalse();
		this.counter.export(5, CompletableResultCode::ofSuccess);
		this.counter.export(3, () -> CompletableResultCode
			.ofExceptionalFailure(new IOException("Failed to connect to http://user:pw@collector:4318/?token=abc")));

		assertThat(this.statistics.exported()).isEqualTo(5);
		assertThat(this.statistics.failed()).isEqualTo(3);
		assertThat(this.statistics.failedExports()).isEqualTo(1);
		assertThat(this.statistics.isFailing()).isTrue();
		assertThat(this.statistics.lastFailure().message()).isEqualTo(
				"java.io.IOException: Failed to connect to http://******@collector:4318/?token=******");

		this.counter.export(2, CompletableResultCode::ofSuccess);
		assertThat(this.statistics.isFailing()).isFalse();
		assertThat(this.statistics.lastFailure()).isNotNull();
	}

	@Test
	void countsAnExportWhenItCompletesNotWhenItStarts() {
		CompletableResultCode pending = new CompletableResultCode();
		this.counter.export(4, () -> pending);
		assertThat(this.statistics.exported()).isZero();
		pending.succeed();
		assertThat(this.statistics.exported()).isEqualTo(4);
	}

	@Test
	void takesItemsOutOfTheQueueOnlyForTheExporterThatDrainsIt() {
		this.statistics.observeQueue(10);
		for (int i = 0; i < 6; i++) {
			this.statistics.enqueue();
		}
		new ExportCounter(this.statistics).export(2, CompletableResultCode::ofSuccess);
		assertThat(this.statistics.queueSize()).isEqualTo(6);
		this.counter.drainQueue();
		this.counter.export(2, CompletableResultCode::ofSuccess);
		assertThat(this.statistics.queueSize()).isEqualTo(4);
	}

	@Test
	void shutsTheExporterDownOnceWhoeverAsksFirst() {
		AtomicInteger shutdowns = new AtomicInteger();
		this.counter.shutdown(() -> {
			shutdowns.incrementAndGet();
			return CompletableResultCode.ofSuccess();
		});
		assertThat(this.counter.shutdown(() -> {
			shutdowns.incrementAndGet();
			return CompletableResultCode.ofFailure();
		}).isSuccess()).isTrue();
		assertThat(shutdowns).hasValue(1);
	}

	@Test
	void describesFailuresWithoutRepeatingTheCauseOrGrowingWithoutBound() {
		IOException cause = new IOException("timeout");
		assertThat(ExportFailure.describe(new IllegalStateException(cause)))
			.isEqualTo("java.lang.IllegalStateException: java.io.IOException: timeout");
		assertThat(ExportFailure.describe(new IllegalStateException("rejected", cause)))
			.isEqualTo("java.lang.IllegalStateException: rejected (caused by java.io.IOException: timeout)");
		assertThat(ExportFailure.describe(new IllegalStateException("x".repeat(10_000)))).hasSize(515);
		assertThat(ExportFailure.describe(null)).isEqualTo("export failed");
	}

}
