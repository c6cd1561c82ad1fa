package dev.otelspring.autoconfigure.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.otelspring.autoconfigure.spanmetrics.SpanMetricsApps;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real Prometheus (Debian's 2.42, which {@code .ci/run} installs) scrapes an application that
 * samples 10% of its traces, and sees every request counted, with exemplars of exported traces.
 * <p>
 * The test never scrapes the endpoint itself: the SDK hands each exemplar out in one scrape
 * only, and that scrape must be Prometheus's.
 */
class PrometheusEndToEndTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(40);

	private static final int REQUESTS = 150;

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String EXEMPLARS_ON_BUCKETS_AND_COUNTERS_ONLY = "management.prometheus.metrics.export"
			+ ".properties[io.prometheus.exporter.exemplarsOnAllMetricTypes]=false";

	private static final String SERVER_CALLS = "traces_span_metrics_calls_total{span_kind=\"SPAN_KIND_SERVER\","
			+ "span_name=\"GET /orders/{id}\"}";

	private static final String SERVER_DURATIONS = "traces_span_metrics_duration_seconds_bucket{span_kind="
			+ "\"SPAN_KIND_SERVER\",span_name=\"GET /orders/{id}\"}";

	@Test
	void prometheusCountsEveryRequestAtTenPercentSamplingWithExemplarsOfExportedTraces(@TempDir Path directory)
			throws Exception {
		Optional<Path> binary = PrometheusServer.binary();
		assumeTrue(binary.isPresent(), "No 'prometheus' executable on the PATH: this test needs a real Prometheus "
				+ "(.ci/run installs Debian's: apt-get install prometheus)");
		Instant start = Instant.now();
		try (OtlpTestReceiver receiver = OtlpTestReceiver.start();
				ConfigurableApplicationContext application = new SpringApplicationBuilder(ShopApplication.class)
					.web(WebApplicationType.SERVLET)
					.properties(SpanMetricsApps.properties(receiver, "shop-e2e", "0.1"))
					// Prometheus before 2.43 rejects a scrape with exemplars on a histogram's _count.
					.properties(EXEMPLARS_ON_BUCKETS_AND_COUNTERS_ONLY)
					.run();
				PrometheusServer prometheus = PrometheusServer.start(binary.get(), directory,
						application.getEnvironment().getRequiredProperty("local.server.port", Integer.class))) {
			int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			awaitScrapes(prometheus);
			for (int i = 0; i < REQUESTS; i++) {
				assertThat(get(port, "/orders/" + i)).isEqualTo(200);
			}

			Polling.until("Prometheus to count " + REQUESTS + " server calls",
					() -> prometheus.query("sum(" + SERVER_CALLS + ")"), List.of((double) REQUESTS)::equals, TIMEOUT);
			Set<String> exemplarTraceIds = Polling.until("exemplars on both span metrics",
					() -> exemplarTraceIds(prometheus, start, SERVER_DURATIONS, SERVER_CALLS),
					(traceIds) -> !traceIds.isEmpty(), TIMEOUT);

			List<ReceivedSpan> exported = receiver.awaitSpans((spans) -> spans.stream()
				.map(ReceivedSpan::traceId)
				.collect(Collectors.toSet())
				.containsAll(exemplarTraceIds), TIMEOUT);
			assertThat(exported).filteredOn((span) -> span.name().equals("GET /orders/{id}"))
				.hasSizeBetween(1, REQUESTS / 2);
		}
	}

	private static void awaitScrapes(PrometheusServer prometheus) {
		try {
			Polling.until("a successful scrape", () -> prometheus.query("up{job=\"app\"}"), List.of(1.0)::equals,
					TIMEOUT);
		}
		catch (AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "; targets: " + prometheus.api("/api/v1/targets"), ex);
		}
	}

	/** Trace ids of the exemplars of each query; empty unless every query has some. */
	private static Set<String> exemplarTraceIds(PrometheusServer prometheus, Instant start, String... queries) {
		Set<String> traceIds = new HashSet<>();
		for (String query : queries) {
			JsonNode series = prometheus.api("/api/v1/query_exemplars", "query", query, "start",
					String.valueOf(start.getEpochSecond() - 60), "end",
					String.valueOf(Instant.now().getEpochSecond() + 60));
			List<String> ids = series.valueStream()
				.flatMap((one) -> one.path("exemplars").valueStream())
				.map((exemplar) -> exemplar.path("labels").path("trace_id").asString())
				.toList();
			if (ids.isEmpty()) {
				return Set.of();
			}
			traceIds.addAll(ids);
		}
		return traceIds;
	}

	private static int get(int port, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(ShopController.class)
	static class ShopApplication {

	}

	@RestController
	static class ShopController {

		@GetMapping("/orders/{id}")
		String order(@PathVariable String id) {
			return "order " + id;
		}

	}

}
