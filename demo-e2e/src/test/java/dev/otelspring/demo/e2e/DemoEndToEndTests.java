package dev.otelspring.demo.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedEvent;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The three demo services as real processes, on the local PostgreSQL and Redis, exporting to an
 * OTLP receiver. One shopper visit is driven through {@code POST /visits}; the tests then check
 * its trace, its log records and the services' {@code /actuator/prometheus}. A second visit, made
 * while the inventory's table is gone, fails, and its error travels up the three services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEndToEndTests {

	private static final String SHOPPER = "demo-shopper";

	private static final String STORE = "demo-grocery-store";

	private static final String INVENTORY = "demo-inventory";

	private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0";

	private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final Duration STARTUP = Duration.ofSeconds(150);

	private static final Duration EXPORT = Duration.ofSeconds(30);

	// This run's own schema and cache keys, so runs and other tests on the same servers stay apart.
	private final String runId = "demo_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final List<DemoProcess> services = new ArrayList<>();

	private OtlpTestReceiver receiver;

	private String traceId;

	private String shopperId;

	private List<ReceivedSpan> trace;

	private List<ReceivedSpan> failedTrace;

	// Null where no Prometheus is on the PATH; CI installs Debian's.
	private PrometheusServer prometheus;

	// The trace ids of the exemplars that Prometheus returns for each latency query of the dashboard.
	private final Map<String, Set<String>> dashboardExemplars = new HashMap<>();

	// Scraped right after the visit: the SDK hands out each exemplar in one scrape only.
	private final Map<String, List<Sample>> openMetrics = new HashMap<>();

	@BeforeAll
	void startTheDemoAndVisitTheStoreOnce() throws Exception {
		assertRedisIsUp();
		executeOnPostgres("CREATE SCHEMA " + this.runId);
		this.receiver = OtlpTestReceiver.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopServices));
		int shopperPort = DemoProcess.freePort();
		int storePort = DemoProcess.freePort();
		int inventoryPort = DemoProcess.freePort();
		this.services.add(DemoProcess.start(INVENTORY, inventoryPort,
				telemetry("--spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + this.runId,
						"--spring.datasource.username=postgres")));
		this.services.add(DemoProcess.start(STORE, storePort, telemetry("--spring.profiles.active=redis",
				"--spring.data.redis.host=127.0.0.1", "--spring.cache.redis.key-prefix=" + this.runId + "::",
				"--grocery.inventory-url=http://127.0.0.1:" + inventoryPort, "--grocery.chaos.error-rate=0",
				"--grocery.chaos.slow-rate=0")));
		this.services.add(DemoProcess.start(SHOPPER, shopperPort, telemetry(
				"--shopper.store-url=http://127.0.0.1:" + storePort, "--shopper.schedule.enabled=false")));
		long deadline = System.nanoTime() + STARTUP.toNanos();
		for (DemoProcess service : this.services) {
			service.awaitHealthy(deadline);
		}

		HttpResponse<String> visit = service(SHOPPER).post("/visits");
		assertThat(visit.statusCode()).as("POST /visits: %s", visit.body()).isEqualTo(200);
		JsonNode body = JsonMapper.builder().build().readTree(visit.body());
		this.traceId = body.path("traceId").asString();
		this.shopperId = body.path("shopperId").asString();
		assertThat(this.traceId).matches("[0-9a-f]{32}");

		this.trace = this.receiver.awaitSpans((spans) -> isComplete(inTrace(spans)), EXPORT)
			.stream()
			.filter((span) -> span.traceId().equals(this.traceId))
			.toList();
		for (DemoProcess service : this.services) {
			this.openMetrics.put(service.name(), Sample.parse(scrape(service, OPENMETRICS)));
		}

		// From here on, Prometheus scrapes as in Compose, and takes the exemplars of the next visit.
		Optional<Path> prometheusExecutable = PrometheusServer.executable();
		if (prometheusExecutable.isPresent()) {
			this.prometheus = PrometheusServer.start(prometheusExecutable.get(),
					this.services.stream().map(DemoProcess::target).toList(), STARTUP);
		}

		// A second visit while the inventory's table is gone: the failure travels back up the
		// three services, and the error series that the dashboard shows exist.
		executeOnPostgres("ALTER TABLE " + this.runId + ".stock RENAME TO stock_gone");
		HttpResponse<String> failed = service(SHOPPER).post("/visits");
		assertThat(failed.statusCode()).as("POST /visits without the stock table: %s", failed.body()).isEqualTo(502);
		List<ReceivedSpan> all = this.receiver.awaitSpans((spans) -> failedTrace(spans) != null, EXPORT);
		this.failedTrace = failedTrace(all);
		if (this.prometheus != null) {
			awaitDashboardExemplarsOf(this.failedTrace.get(0).traceId());
		}
	}

	@AfterAll
	void stopTheDemo() throws SQLException {
		if (this.prometheus != null) {
			this.prometheus.close();
		}
		stopServices();
		if (this.receiver != null) {
			this.receiver.close();
		}
		executeOnPostgres("DROP SCHEMA IF EXISTS " + this.runId + " CASCADE");
	}

	@Test
	void oneTraceCrossesTheThreeServicesWithTheirServiceNames() {
		assertThat(this.trace).extracting(ReceivedSpan::serviceName)
			.containsOnly(SHOPPER, STORE, INVENTORY)
			.contains(SHOPPER, STORE, INVENTORY);
		assertThat(this.trace.stream().filter(ReceivedSpan::isRoot))
			.singleElement()
			.satisfies((root) -> {
				assertThat(root.serviceName()).isEqualTo(SHOPPER);
				assertThat(root.kind()).isEqualTo(SpanKind.SERVER);
				assertThat(root.name()).isEqualTo("POST /visits");
			});
		Map<String, ReceivedSpan> byId = byId();
		assertThat(this.trace).filteredOn((span) -> !span.isRoot())
			.allSatisfy((span) -> assertThat(byId).as("parent of %s", span.name()).containsKey(span.parentSpanId()));
	}

	@Test
	void theShopperSpanCarriesTheShopperIdAndParentsTheCallsToTheStore() {
		ReceivedSpan visit = this.trace.stream()
			.filter((span) -> span.name().equals("shopper visit"))
			.collect(onlyOne());
		assertThat(visit.serviceName()).isEqualTo(SHOPPER);
		assertThat(visit.kind()).isEqualTo(SpanKind.INTERNAL);
		assertThat(visit.attribute("shopper.id")).isEqualTo(this.shopperId);
		assertThat(visit.attribute("shopper.order.id")).asString().startsWith("order-");
		assertThat(byId().get(visit.parentSpanId()).name()).isEqualTo("POST /visits");
		List<ReceivedSpan> calls = spans(SHOPPER, SpanKind.CLIENT);
		assertThat(calls).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((call) -> assertThat(call.parentSpanId()).isEqualTo(visit.spanId()));
		// WebClient (browse, items) and RestClient (cart, checkout) are both instrumented.
		assertThat(calls).extracting(ReceivedSpan::scopeName)
			.contains("io.opentelemetry.spring-webflux-5.3", "io.opentelemetry.spring-web-3.1");
	}

	@Test
	void everyHttpHopLinksTheServerSpanToTheCallersClientSpan() {
		Map<String, ReceivedSpan> byId = byId();
		List<ReceivedSpan> storeServers = spans(STORE, SpanKind.SERVER);
		assertThat(storeServers).extracting(ReceivedSpan::name)
			.contains("GET /products", "POST /carts", "POST /carts/{cartId}/items", "POST /carts/{cartId}/checkout");
		assertThat(storeServers).allSatisfy((server) -> assertThat(byId.get(server.parentSpanId()))
			.as("parent of the store's %s", server.name())
			.satisfies((client) -> {
				assertThat(client.serviceName()).isEqualTo(SHOPPER);
				assertThat(client.kind()).isEqualTo(SpanKind.CLIENT);
			}));
		// One server span per call, none lost and none doubled.
		assertThat(storeServers).hasSameSizeAs(spans(SHOPPER, SpanKind.CLIENT));

		List<ReceivedSpan> inventoryServers = spans(INVENTORY, SpanKind.SERVER);
		assertThat(inventoryServers).extracting(ReceivedSpan::name).contains("POST /orders");
		assertThat(inventoryServers).allSatisfy((server) -> assertThat(byId.get(server.parentSpanId()))
			.as("parent of the inventory's %s", server.name())
			.satisfies((client) -> {
				assertThat(client.serviceName()).isEqualTo(STORE);
				assertThat(client.kind()).isEqualTo(SpanKind.CLIENT);
				assertThat(client.scopeName()).isEqualTo("io.opentelemetry.spring-web-3.1");
				assertThat(nearestServer(client).name()).isEqualTo(
						server.name().equals("POST /orders") ? "POST /carts/{cartId}/checkout" : "GET /products");
			}));
		assertThat(inventoryServers).hasSameSizeAs(spans(STORE, SpanKind.CLIENT)
			.stream()
			.filter((span) -> span.attribute("db.system.name") == null)
			.toList());
	}

	@Test
	void theStoreSpansItsRedisCommandsInsideItsServerSpans() {
		List<ReceivedSpan> redis = spans(STORE, SpanKind.CLIENT).stream()
			.filter((span) -> "redis".equals(span.attribute("db.system.name")))
			.toList();
		assertThat(redis).extracting(ReceivedSpan::name).contains("GET");
		assertThat(redis).allSatisfy((command) -> {
			assertThat(nearestServer(command).serviceName()).isEqualTo(STORE);
			assertThat(command.attribute("db.query.text")).asString().doesNotContain(this.runId);
		});
	}

	@Test
	void theInventorySpansItsSqlStatementsOnPostgresqlInsideItsServerSpans() {
		List<ReceivedSpan> sql = spans(INVENTORY, SpanKind.CLIENT);
		assertThat(sql).isNotEmpty()
			.allSatisfy((statement) -> {
				assertThat(statement.attribute("db.system.name")).isEqualTo("postgresql");
				assertThat(nearestServer(statement).serviceName()).isEqualTo(INVENTORY);
			});
		assertThat(sql).filteredOn((statement) -> "UPDATE".equals(statement.attribute("db.operation.name")))
			.isNotEmpty()
			.allSatisfy((update) -> {
				assertThat(update.attribute("db.collection.name")).isEqualTo("stock");
				assertThat(nearestServer(update).name()).isEqualTo("POST /orders");
			});
	}

	@Test
	void logRecordsOfTheThreeServicesCarryTheTraceId() {
		List<ReceivedLogRecord> records = this.receiver
			.awaitLogs((logs) -> servicesLogging(logs).containsAll(List.of(SHOPPER, STORE, INVENTORY)), EXPORT)
			.stream()
			.filter((record) -> record.traceId().equals(this.traceId))
			.toList();
		assertThat(records).anySatisfy((record) -> {
			assertThat(record.serviceName()).isEqualTo(SHOPPER);
			assertThat(record.body()).contains(this.shopperId + " bought");
		});
		assertThat(records).anySatisfy((record) -> {
			assertThat(record.serviceName()).isEqualTo(STORE);
			assertThat(record.body()).contains("checked out");
		});
		// The inventory logs with Log4j2: the logger is the record's instrumentation scope.
		assertThat(records).anySatisfy((record) -> {
			assertThat(record.serviceName()).isEqualTo(INVENTORY);
			assertThat(record.scopeName()).isEqualTo("dev.otelspring.demo.inventory.Checkout");
			assertThat(record.body()).contains("taken out of the stock");
		});
		assertThat(records).allSatisfy((record) -> assertThat(record.spanId()).matches("[0-9a-f]{16}"));
	}

	@Test
	void everyServiceServesSpanMetricsWithExemplarsOfTheVisit() {
		for (String service : List.of(SHOPPER, STORE, INVENTORY)) {
			List<Sample> samples = this.openMetrics.get(service);
			assertThat(samples).as("%s span metrics", service)
				.anySatisfy((sample) -> {
					assertThat(sample.name()).isEqualTo("traces_span_metrics_calls_total");
					assertThat(sample.label("service_name")).isEqualTo(service);
				});
			assertThat(samples).as("%s exemplars", service)
				.filteredOn((sample) -> sample.name().equals("traces_span_metrics_duration_seconds_bucket"))
				.anySatisfy((bucket) -> {
					assertThat(bucket.label("service_name")).isEqualTo(service);
					assertThat(bucket.exemplar()).containsEntry("trace_id", this.traceId).containsKey("span_id");
				});
		}
		assertThat(this.openMetrics.get(SHOPPER)).as("the shopper's business metric")
			.anySatisfy((sample) -> {
				assertThat(sample.name()).isEqualTo("shopper_items_added_total");
				assertThat(sample.label("item_name")).isNotEmpty();
			});
	}

	@Test
	void aFailingDatabaseMakesErrorSpansAllTheWayUpTheVisit() {
		assertThat(this.failedTrace).filteredOn((span) -> span.serviceName().equals(INVENTORY))
			.anySatisfy((statement) -> {
				assertThat(statement.kind()).isEqualTo(SpanKind.CLIENT);
				assertThat(statement.attribute("db.system.name")).isEqualTo("postgresql");
				assertThat(statement.status()).isEqualTo(StatusCode.ERROR);
			})
			.anySatisfy((server) -> {
				assertThat(server.kind()).isEqualTo(SpanKind.SERVER);
				assertThat(server.status()).isEqualTo(StatusCode.ERROR);
				assertThat(server.attribute("http.response.status_code")).isEqualTo(500L);
			});
		assertThat(this.failedTrace).filteredOn((span) -> span.serviceName().equals(STORE))
			.anySatisfy((server) -> {
				assertThat(server.kind()).isEqualTo(SpanKind.SERVER);
				assertThat(server.status()).isEqualTo(StatusCode.ERROR);
				assertThat(server.attribute("http.response.status_code")).isEqualTo(502L);
			});
		assertThat(this.failedTrace).filteredOn((span) -> span.name().equals("shopper visit"))
			.singleElement()
			.satisfies((visit) -> {
				assertThat(visit.status()).isEqualTo(StatusCode.ERROR);
				assertThat(visit.events()).extracting(ReceivedEvent::name).contains("exception");
			});
		assertThat(this.failedTrace).filteredOn(ReceivedSpan::isRoot)
			.singleElement()
			.satisfies((root) -> {
				assertThat(root.serviceName()).isEqualTo(SHOPPER);
				assertThat(root.status()).isEqualTo(StatusCode.ERROR);
			});
	}

	@Test
	void everyDashboardQuerySelectsSeriesTheServicesServe() throws Exception {
		List<Sample> served = new ArrayList<>();
		for (DemoProcess service : this.services) {
			served.addAll(Sample.parse(scrape(service, "text/plain")));
		}
		List<String> queries = Dashboards.queries(DemoFiles.json(Dashboards.SERVICE_RED));
		assertThat(queries).isNotEmpty();
		for (String query : queries) {
			List<Selector> selectors = Selector.in(query);
			assertThat(selectors).as("metrics named by %s", query).isNotEmpty();
			for (Selector selector : selectors) {
				assertThat(served).as("series the services serve for %s in %s", selector, query)
					.anyMatch(selector::selects);
			}
		}
	}

	@Test
	void everyDashboardQueryAnswersOnARealPrometheus() throws Exception {
		assumeTrue(this.prometheus != null, "No prometheus on the PATH (.ci/run installs it)");
		for (String query : Dashboards.queries(DemoFiles.json(Dashboards.SERVICE_RED))) {
			String promql = Dashboards.forPrometheus(query);
			JsonNode result = this.prometheus.query(promql);
			long deadline = System.nanoTime() + EXPORT.toNanos();
			// A rate needs two scrapes of the series; they come every second.
			while (result.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(500);
				result = this.prometheus.query(promql);
			}
			assertThat(result.isEmpty()).as("no series for %s", promql).isFalse();
		}
	}

	@Test
	void everyLatencyPanelHasAnExemplarThatOpensTheTraceOfAVisit() {
		assumeTrue(this.prometheus != null, "No prometheus on the PATH (.ci/run installs it)");
		String failedTraceId = this.failedTrace.get(0).traceId();
		List<String> queries = Dashboards.exemplarQueries(DemoFiles.json(Dashboards.SERVICE_RED));
		assertThat(queries).isNotEmpty().allSatisfy((query) -> assertThat(this.dashboardExemplars.get(query))
			.as("trace ids of the exemplars of %s", query)
			.contains(failedTraceId));
	}

	// Waits until every latency query of the dashboard has an exemplar of the trace, the way
	// Grafana asks for them. Done before any test scrapes the services itself: the SDK hands out
	// each exemplar in one scrape only.
	private void awaitDashboardExemplarsOf(String traceId) throws Exception {
		List<String> queries = Dashboards.exemplarQueries(DemoFiles.json(Dashboards.SERVICE_RED));
		long deadline = System.nanoTime() + EXPORT.toNanos();
		while (true) {
			for (String query : queries) {
				Instant now = Instant.now();
				JsonNode series = this.prometheus.exemplars(Dashboards.forPrometheus(query), now.minusSeconds(300),
						now.plusSeconds(60));
				Set<String> traceIds = this.dashboardExemplars.computeIfAbsent(query, (key) -> new HashSet<>());
				for (JsonNode oneSeries : series) {
					for (JsonNode exemplar : oneSeries.path("exemplars")) {
						traceIds.add(exemplar.path("labels").path("trace_id").asString());
					}
				}
			}
			boolean complete = queries.stream().allMatch((query) -> this.dashboardExemplars.get(query).contains(traceId));
			if (complete || System.nanoTime() > deadline) {
				return;
			}
			Thread.sleep(500);
		}
	}

	private List<String> telemetry(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--otel.exporter.otlp.endpoint=" + this.receiver.httpEndpoint(),
				// Metrics are read from /actuator/prometheus; a periodic push would only add noise.
				"--otel.metrics.exporter=none", "--otel.bsp.schedule.delay=100", "--otel.blrp.schedule.delay=100",
				// Prometheus before 2.43 (Debian's 2.42) rejects exemplars on a histogram's _count.
				"--management.prometheus.metrics.export.properties[io.prometheus.exporter.exemplarsOnAllMetricTypes]=false"));
		all.addAll(List.of(arguments));
		return all;
	}

	private List<ReceivedSpan> inTrace(List<ReceivedSpan> spans) {
		return spans.stream().filter((span) -> span.traceId().equals(this.traceId)).toList();
	}

	// Complete: the root arrived, every parent arrived, and the deepest spans (SQL, Redis) too.
	private static boolean isComplete(List<ReceivedSpan> trace) {
		Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
		return trace.stream().anyMatch(ReceivedSpan::isRoot)
				&& trace.stream().allMatch((span) -> span.isRoot() || ids.contains(span.parentSpanId()))
				&& trace.stream().anyMatch((span) -> "redis".equals(span.attribute("db.system.name")))
				&& trace.stream().anyMatch((span) -> "postgresql".equals(span.attribute("db.system.name")))
				&& trace.stream().anyMatch((span) -> span.name().equals("POST /orders"));
	}

	// The services whose last record of the visit arrived: each logs it when its part is done.
	// The failed visit's trace, once complete: its root and every parent arrived, and the
	// inventory's failed server span with them. Null until then.
	private List<ReceivedSpan> failedTrace(List<ReceivedSpan> spans) {
		return spans.stream()
			.filter((span) -> span.isRoot() && span.name().equals("POST /visits") && span.status() == StatusCode.ERROR)
			.map((root) -> spans.stream().filter((span) -> span.traceId().equals(root.traceId())).toList())
			.filter((trace) -> {
				Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
				return trace.stream().allMatch((span) -> span.isRoot() || ids.contains(span.parentSpanId()))
						&& trace.stream().anyMatch((span) -> INVENTORY.equals(span.serviceName())
								&& span.kind() == SpanKind.SERVER && span.status() == StatusCode.ERROR);
			})
			.findFirst()
			.orElse(null);
	}

	private Set<String> servicesLogging(List<ReceivedLogRecord> logs) {
		return logs.stream()
			.filter((record) -> record.traceId().equals(this.traceId))
			.filter((record) -> record.body().contains(" bought ") || record.body().contains("checked out")
					|| record.body().contains("taken out of the stock"))
			.map(ReceivedLogRecord::serviceName)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	private List<ReceivedSpan> spans(String service, SpanKind kind) {
		return this.trace.stream()
			.filter((span) -> service.equals(span.serviceName()) && span.kind() == kind)
			.toList();
	}

	private Map<String, ReceivedSpan> byId() {
		return this.trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity()));
	}

	private ReceivedSpan nearestServer(ReceivedSpan span) {
		Map<String, ReceivedSpan> byId = byId();
		ReceivedSpan current = byId.get(span.parentSpanId());
		while (current != null && current.kind() != SpanKind.SERVER) {
			current = byId.get(current.parentSpanId());
		}
		assertThat(current).as("a server span above %s", span.name()).isNotNull();
		return current;
	}

	private DemoProcess service(String name) {
		return this.services.stream().filter((service) -> service.name().equals(name)).collect(onlyOne());
	}

	private static <T> Collector<T, ?, T> onlyOne() {
		return Collectors.collectingAndThen(Collectors.toList(), (list) -> {
			assertThat(list).hasSize(1);
			return list.get(0);
		});
	}

	private static String scrape(DemoProcess service, String accept) throws IOException, InterruptedException {
		HttpResponse<String> response = service.get("/actuator/prometheus", accept);
		assertThat(response.statusCode()).as("%s /actuator/prometheus", service.name()).isEqualTo(200);
		return response.body();
	}

	private synchronized void stopServices() {
		this.services.forEach(DemoProcess::close);
	}

	private static void executeOnPostgres(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	// The test's precondition, as .ci/run provides it: a Redis on 127.0.0.1:6379.
	private static void assertRedisIsUp() throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 6379), 2000);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(7);
			assertThat(new String(answer, StandardCharsets.US_ASCII)).as("Redis on 127.0.0.1:6379").isEqualTo("+PONG\r\n");
		}
	}

}
