package dev.otelspring.reliability;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import dev.otelspring.autoconfigure.pipeline.SignalStatistics;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real application under bounded load (a SERVER span, an HTTP CLIENT span, a JDBC span and a log
 * record per request) while its OTLP backend fails in each way a backend fails.
 * <p>
 * In every case: no request fails; no request thread ever calls an exporter, so no request can
 * wait on the backend ({@link ExportThreads}); the queues, and so the memory held by telemetry,
 * never exceed their configured sizes, and what did not fit is counted as dropped, visible in
 * {@code /actuator/otel}; once the backend recovers, spans, log records and metrics arrive again,
 * without a restart.
 * <p>
 * Healthy and broken blocks alternate, so that the backend goes down and comes back several times
 * in one run. The latencies of both are printed for the reader; what they cost is measured by the
 * load harness in {@code benchmarks/}, not asserted here, since a timing bound on a shared machine
 * fails for reasons that are not ours.
 */
class BackendFaultTests {

	private static final int CONNECTIONS = 8;

	private static final int ROUNDS = 4;

	/** Per block: 2000 requests against each backend state in all. */
	private static final int BLOCK = 500;

	private static final int SPAN_QUEUE_SIZE = 512;

	/** Below a block's 500 log records, so that a stuck exporter makes the log queue overflow too. */
	private static final int LOG_QUEUE_SIZE = 256;

	/** Allowed heap growth after the broken runs: the queues and batches in flight are a few MB. */
	private static final long HEAP_GROWTH_LIMIT = 48L * 1024 * 1024;

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

	@ParameterizedTest(name = "backend {0}")
	@EnumSource(Fault.class)
	void applicationIsUnharmedAndTelemetryResumes(Fault fault) {
		List<String> properties = Apps.properties("faults-" + fault.name().toLowerCase(), this.backend.endpoint(),
				this.downstream);
		properties.addAll(List.of(Apps.WITHOUT_REDIS, "otel.exporter.otlp.timeout=" + fault.exportTimeout,
				"otel.bsp.max.queue.size=" + SPAN_QUEUE_SIZE, "otel.blrp.max.queue.size=" + LOG_QUEUE_SIZE));
		ExportThreads.clear();
		this.application = Apps.start(properties, ExportThreads.class);
		PipelineStatistics pipeline = this.application.getBean(PipelineStatistics.class);
		URI work = Apps.uri(this.application, "/work");
		Load.requests(work, CONNECTIONS, 600);
		awaitQueuesEmpty(pipeline);
		long heapBefore = usedHeapAfterGc(this.receiver);

		List<Load.Result> healthyRuns = new ArrayList<>();
		List<Load.Result> brokenRuns = new ArrayList<>();
		QueueWatch watch = QueueWatch.start(pipeline);
		for (int round = 0; round < ROUNDS; round++) {
			// Broken first in even rounds, healthy first in odd ones: no order favours either side,
			// and an odd round leaves the backend broken for the checks below.
			if (round % 2 == 0) {
				brokenRuns.add(brokenBlock(fault, round, work));
				healthyRuns.add(healthyBlock(pipeline, work));
			}
			else {
				healthyRuns.add(healthyBlock(pipeline, work));
				brokenRuns.add(brokenBlock(fault, round, work));
			}
		}
		watch.stop();
		if (fault.failsExports) {
			// The exporter retries within its timeout, so a short outage costs drops, no failure.
			// This one lasts until both exporters have given up on their last export.
			Apps.await("the last exports of spans and of logs to fail",
					() -> pipeline.traces().isFailing() && pipeline.logs().isFailing(), (failing) -> failing,
					Apps.TIMEOUT);
		}
		long heapGrowth = usedHeapAfterGc(this.receiver) - heapBefore;
		Load.Result healthy = Load.Result.pooled(healthyRuns);
		Load.Result broken = Load.Result.pooled(brokenRuns);
		JsonNode exporters = Apps.otelEndpoint(this.application).get("exporters");
		System.out.printf("%s: healthy %s%n%s: broken  %s%n%s: max queue %d spans, %d logs; heap growth %.1f MB; "
				+ "endpoint traces %s, logs %s%n", fault, healthy, fault, broken, fault, watch.maxSpans(),
				watch.maxLogs(), heapGrowth / 1048576.0, exporters.get("traces"), exporters.get("logs"));

		assertThat(healthy.failures()).as("failed requests, healthy backend: %s", healthy.firstFailure()).isZero();
		assertThat(broken.failures()).as("failed requests, %s: %s", fault, broken.firstFailure()).isZero();
		assertThat(ExportThreads.requestThreads).isNotEmpty();
		assertThat(ExportThreads.exportThreads).as("threads that called an exporter").isNotEmpty()
			.doesNotContainAnyElementsOf(ExportThreads.requestThreads);
		assertThat(broken.requests()).isGreaterThanOrEqualTo(ROUNDS * BLOCK);
		assertThat(watch.maxSpans()).isLessThanOrEqualTo(SPAN_QUEUE_SIZE);
		assertThat(watch.maxLogs()).isLessThanOrEqualTo(LOG_QUEUE_SIZE);
		assertThat(heapGrowth).as("heap growth in bytes").isLessThan(HEAP_GROWTH_LIMIT);
		assertDropsShown(exporters.get("traces"), pipeline.traces(), SPAN_QUEUE_SIZE, fault);
		assertDropsShown(exporters.get("logs"), pipeline.logs(), LOG_QUEUE_SIZE, fault);

		recover(pipeline);
		this.receiver.reset();
		String marker = "recovered-" + fault.name().toLowerCase();
		Load.requests(Apps.uri(this.application, "/work?marker=" + marker), 2, 20);
		this.receiver.awaitSpans((spans) -> spans.stream().anyMatch((span) -> isServerSpanOf(span, marker)),
				Apps.TIMEOUT);
		this.receiver.awaitLogs((logs) -> logs.stream().anyMatch((log) -> log.body().contains(marker)),
				Apps.TIMEOUT);
		this.receiver.awaitMetrics((metrics) -> metrics.stream()
			.anyMatch((metric) -> metric.name().equals("traces.span.metrics.calls")), Apps.TIMEOUT);
	}

	private static void assertDropsShown(JsonNode shown, SignalStatistics signal, int queueSize, Fault fault) {
		assertThat(shown.get("dropped").asLong()).as("%s dropped", signal.signal()).isPositive();
		assertThat(shown.get("queueCapacity").asInt()).isEqualTo(queueSize);
		if (fault.failsExports) {
			assertThat(shown.get("failed").asLong()).as("%s failed", signal.signal()).isPositive();
			assertThat(shown.get("lastError").asString()).isNotBlank();
			assertThat(shown.get("state").asString()).isEqualTo("failing");
		}
	}

	private Load.Result healthyBlock(PipelineStatistics pipeline, URI work) {
		recover(pipeline);
		return measure(work);
	}

	private Load.Result brokenBlock(Fault fault, int round, URI work) {
		fault.apply(this.backend, round);
		return measure(work);
	}

	// Each block starts from a collected heap, so that neither pays for the other's garbage.
	private static Load.Result measure(URI work) {
		System.gc();
		return Load.requests(work, CONNECTIONS, BLOCK);
	}

	// What was queued while the backend was down goes first; new items find room after it.
	private void recover(PipelineStatistics pipeline) {
		this.backend.healthy();
		awaitQueuesEmpty(pipeline);
	}

	private static boolean isServerSpanOf(ReceivedSpan span, String marker) {
		return span.kind() == SpanKind.SERVER && String.valueOf(span.attribute("url.query")).contains(marker);
	}

	private static void awaitQueuesEmpty(PipelineStatistics pipeline) {
		Apps.await("empty export queues", () -> pipeline.traces().queueSize() + pipeline.logs().queueSize(),
				(queued) -> queued == 0, Apps.TIMEOUT);
	}

	// Without what the receiver keeps, which shares the heap but is no part of the application.
	private static long usedHeapAfterGc(OtlpTestReceiver receiver) {
		receiver.reset();
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	enum Fault {

		REFUSES_CONNECTIONS((backend, round) -> backend.refuseConnections(), true, "3s"),

		BLACK_HOLE((backend, round) -> backend.blackHole(), true, "3s"),

		/** 503 in even rounds, 429 in odd ones: both say "retry later". */
		ANSWERS_503_OR_429((backend, round) -> backend.answer((round % 2 == 0) ? 503 : 429), true, "3s"),

		ANSWERS_SLOWLY((backend, round) -> backend.answerAfter(Duration.ofSeconds(2)), false, "5s");

		private final BiConsumer<OtlpBackend, Integer> fault;

		private final boolean failsExports;

		private final String exportTimeout;

		Fault(BiConsumer<OtlpBackend, Integer> fault, boolean failsExports, String exportTimeout) {
			this.fault = fault;
			this.failsExports = failsExports;
			this.exportTimeout = exportTimeout;
		}

		void apply(OtlpBackend backend, int round) {
			this.fault.accept(backend, round);
		}

	}

	/** Samples both queues every millisecond while the rounds run, keeping the largest sizes. */
	private static final class QueueWatch {

		private final AtomicLong maxSpans = new AtomicLong();

		private final AtomicLong maxLogs = new AtomicLong();

		private final Thread thread;

		private volatile boolean running = true;

		private QueueWatch(PipelineStatistics pipeline) {
			this.thread = new Thread(() -> {
				while (this.running) {
					sample(pipeline.traces(), this.maxSpans);
					sample(pipeline.logs(), this.maxLogs);
					try {
						Thread.sleep(1);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "queue-watch");
			this.thread.setDaemon(true);
		}

		static QueueWatch start(PipelineStatistics pipeline) {
			QueueWatch watch = new QueueWatch(pipeline);
			watch.thread.start();
			return watch;
		}

		void stop() {
			this.running = false;
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		long maxSpans() {
			return this.maxSpans.get();
		}

		long maxLogs() {
			return this.maxLogs.get();
		}

		private static void sample(SignalStatistics signal, AtomicLong max) {
			max.accumulateAndGet(signal.queueSize(), Math::max);
		}

	}

}
