package dev.otelspring.reliability;

import java.time.Duration;
import java.util.List;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the application while its backend black-holes every export: with full queues, each
 * batch processor would flush batch after batch, each waiting out the export timeout, and the log
 * processor only starts once the metric reader has given up: without a deadline, four span
 * batches and four log batches take eight export timeouts, 16 s here. With it, close takes one
 * timeout. The bound sits halfway, at four timeouts, so that it tells the two apart on any
 * machine, however loaded; it is not a performance measurement.
 */
class BlackHoleShutdownTests {

	private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(2);

	/** The default of both batch processors: four batches of 512. */
	private static final int QUEUE_SIZE = 2048;

	/** Halfway between one export timeout (bounded) and eight (unbounded). */
	private static final Duration BOUND = EXPORT_TIMEOUT.multipliedBy(4);

	private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	private final OtlpBackend backend = OtlpBackend.start(this.receiver);

	private final Downstream downstream = Downstream.start();

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		this.backend.close();
		this.receiver.close();
		this.downstream.close();
	}

	@Test
	void closeEndsWithinTheExportTimeoutWhenTheBackendNeverAnswers() {
		List<String> properties = Apps.properties("shutdown", this.backend.endpoint(), this.downstream);
		properties.addAll(List.of(Apps.WITHOUT_REDIS, "otel.exporter.otlp.timeout=" + EXPORT_TIMEOUT.toMillis()));
		this.application = Apps.start(properties);
		PipelineStatistics pipeline = this.application.getBean(PipelineStatistics.class);
		this.backend.blackHole();
		Load.Result load = Load.requests(Apps.uri(this.application, "/work"), 8, 300);
		assertThat(load.failures()).isZero();
		// Then the queues are filled at once, whatever the speed of the machine: four batches each.
		OpenTelemetry openTelemetry = this.application.getBean(OpenTelemetry.class);
		for (int i = 0; i < 2 * QUEUE_SIZE; i++) {
			openTelemetry.getTracer("shutdown").spanBuilder("queued").startSpan().end();
			openTelemetry.getLogsBridge().get("shutdown").logRecordBuilder().setBody("queued").emit();
		}
		// At least three batches, should an export time out and free one batch just now.
		assertThat(pipeline.traces().queueSize()).isGreaterThanOrEqualTo(QUEUE_SIZE - 512);
		assertThat(pipeline.logs().queueSize()).isGreaterThanOrEqualTo(QUEUE_SIZE - 512);

		long start = System.nanoTime();
		this.application.close();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("close with a black-holed backend took %d ms%n", took.toMillis());

		assertThat(took).isLessThan(BOUND);
		// What could not be sent is accounted for, not silently lost.
		assertThat(pipeline.traces().failed()).isGreaterThanOrEqualTo(QUEUE_SIZE - 512);
	}

}
