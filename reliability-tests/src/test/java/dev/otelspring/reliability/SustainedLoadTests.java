package dev.otelspring.reliability;

import java.time.Duration;
import java.util.List;

import dev.otelspring.autoconfigure.pipeline.PipelineStatistics;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 concurrent connections for 60 seconds against the instrumented application, on loopback,
 * sampling everything: no request may fail, and every request served must arrive at the backend
 * as exactly one SERVER span, none lost, none twice.
 * <p>
 * Runs in the {@code load} profile ({@code ./mvnw -Pload -pl reliability-tests verify}), which
 * {@code .ci/run} runs after the main build.
 */
class SustainedLoadTests {

	private static final int CONNECTIONS = 64;

	private static final Duration DURATION = Duration.ofSeconds(60);

	private static final int QUEUE_SIZE = 16384;

	@Test
	void everyRequestSucceedsAndIsExportedExactlyOnce() throws Exception {
		try (ServerSpanCounter counter = ServerSpanCounter.start("GET /ping");
				Downstream downstream = Downstream.start()) {
			List<String> properties = Apps.properties("sustained-load", counter.endpoint(), downstream);
			// 64 connections saturate two cores, and the one export thread can then wait hundreds of
			// milliseconds for a core: the default queue (2048) holds a third of a second at 5500
			// spans/s, and drops what does not fit (counted, as BackendFaultTests shows). The queue is
			// sized for this load, so that any span missing is one the pipeline lost.
			properties.addAll(List.of(Apps.WITHOUT_REDIS, "otel.traces.sampler=always_on",
					"otel.bsp.max.queue.size=" + QUEUE_SIZE));
			ConfigurableApplicationContext application = Apps.start(properties);
			try {
				PipelineStatistics pipeline = application.getBean(PipelineStatistics.class);
				Load.Result load = Load.during(Apps.uri(application, "/ping"), CONNECTIONS, DURATION);
				System.out.printf("sustained load: %s; served %d; spans dropped %d, failed %d%n", load,
						application.getBean(ReliabilityApp.WorkController.class).pings(), pipeline.traces().dropped(),
						pipeline.traces().failed());

				assertThat(load.failures()).as("failed requests: %s", load.firstFailure()).isZero();
				// Served as the server counts them: the client may send a GET again, unseen, when a
				// keep-alive connection closes under it, and the server then serves it twice.
				long served = application.getBean(ReliabilityApp.WorkController.class).pings();
				assertThat(served).isGreaterThanOrEqualTo(load.requests());
				try {
					Apps.await("a SERVER span per request served", counter::serverSpans, (spans) -> spans >= served,
							Apps.TIMEOUT);
				}
				catch (AssertionError ex) {
					// Once in many runs one span has been missing: say where it could have gone.
					throw new AssertionError(ex.getMessage() + "; spans received but not counted: "
							+ counter.uncounted() + "; pipeline: dropped " + pipeline.traces().dropped() + ", failed "
							+ pipeline.traces().failed() + ", queued " + pipeline.traces().queueSize(), ex);
				}
				Apps.await("the span queue to empty", () -> pipeline.traces().queueSize(), (queued) -> queued == 0,
						Apps.TIMEOUT);
				assertThat(counter.duplicates()).isZero();
				assertThat(counter.serverSpans()).isEqualTo(served);
				assertThat(pipeline.traces().dropped()).isZero();
			}
			finally {
				application.close();
			}
		}
	}

}
