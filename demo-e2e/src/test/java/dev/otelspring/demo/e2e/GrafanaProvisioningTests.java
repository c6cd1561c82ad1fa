package dev.otelspring.demo.e2e;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.otelspring.demo.e2e.DemoFiles.list;
import static dev.otelspring.demo.e2e.DemoFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grafana's provisioning as files: every data source uid referenced exists, the correlations
 * between traces, logs and metrics are set up, and the dashboard's queries are well formed.
 * Whether the queries select series the services really serve is checked by
 * {@link DemoEndToEndTests}, against the running services.
 */
class GrafanaProvisioningTests {

	private static final String DATASOURCES = "deploy/grafana/provisioning/datasources/datasources.yaml";

	private final List<Map<String, Object>> datasources = list(DemoFiles.yaml(DATASOURCES).get("datasources"))
		.stream()
		.map(DemoFiles::map)
		.toList();

	private final JsonNode dashboard = DemoFiles.json(Dashboards.SERVICE_RED);

	@Test
	void datasourcesHaveFixedUniqueUids() {
		assertThat(this.datasources).extracting((datasource) -> datasource.get("uid"))
			.doesNotContainNull()
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrder("prometheus", "tempo", "loki");
	}

	@Test
	void everyDatasourceUidThatTheDatasourcesReferenceExists() {
		List<String> referenced = new ArrayList<>();
		this.datasources.forEach((datasource) -> collectDatasourceUids(datasource.get("jsonData"), referenced));
		assertThat(referenced).hasSizeGreaterThanOrEqualTo(5).allSatisfy((uid) -> assertThat(uids()).contains(uid));
	}

	@Test
	void everyDatasourceUidThatTheDashboardReferencesExists() {
		List<String> referenced = this.dashboard.findValues("datasource")
			.stream()
			.map((datasource) -> datasource.path("uid").asString())
			.toList();
		assertThat(referenced).isNotEmpty().allSatisfy((uid) -> assertThat(uids()).contains(uid));
	}

	@Test
	void aTraceLinksToItsLogsByTraceId() {
		Map<String, Object> toLogs = map(jsonData("tempo").get("tracesToLogsV2"));
		assertThat(toLogs.get("datasourceUid")).isEqualTo("loki");
		assertThat(toLogs.get("customQuery")).isEqualTo(true);
		assertThat((String) toLogs.get("query")).contains("| trace_id=\"$${__trace.traceId}\"").contains("$$__tags");
		assertThat(list(toLogs.get("tags"))).contains(Map.of("key", "service.name", "value", "service_name"));
	}

	@Test
	void aLogRecordLinksToItsTraceThroughTheTraceIdLabel() {
		assertThat(list(jsonData("loki").get("derivedFields"))).map(DemoFiles::map)
			.anySatisfy((field) -> {
				assertThat(field.get("matcherType")).isEqualTo("label");
				assertThat(field.get("matcherRegex")).isEqualTo("trace_id");
				assertThat(field.get("datasourceUid")).isEqualTo("tempo");
				assertThat(field.get("url")).isEqualTo("$${__value.raw}");
			});
	}

	@Test
	void anExemplarLinksToItsTrace() {
		assertThat(list(jsonData("prometheus").get("exemplarTraceIdDestinations"))).map(DemoFiles::map)
			.anySatisfy((destination) -> {
				assertThat(destination.get("name")).isEqualTo("trace_id");
				assertThat(destination.get("datasourceUid")).isEqualTo("tempo");
			});
	}

	@Test
	void aTraceLinksToItsMetricsAndTheServiceMapReadsPrometheus() {
		Map<String, Object> tempo = jsonData("tempo");
		Map<String, Object> toMetrics = map(tempo.get("tracesToMetrics"));
		assertThat(toMetrics.get("datasourceUid")).isEqualTo("prometheus");
		assertThat(list(toMetrics.get("queries"))).isNotEmpty().map(DemoFiles::map).allSatisfy((query) -> {
			String promql = ((String) query.get("query")).replace("$$__tags", "service_name=\"x\"");
			assertThat(Selector.in(promql)).isNotEmpty()
				.allSatisfy((selector) -> assertThat(selector.metric()).startsWith("traces_span_metrics_"));
		});
		assertThat(map(tempo.get("serviceMap")).get("datasourceUid")).isEqualTo("prometheus");
	}

	// Grafana replaces $name and ${name} in provisioning files by environment variables, so its
	// own macros must be escaped as $$: an unescaped one would silently become empty.
	@Test
	void grafanaMacrosAreEscapedFromEnvironmentExpansion() {
		String text = DemoFiles.read(DATASOURCES);
		assertThat(Pattern.compile("(?<!\\$)\\$(\\{__|__)").matcher(text).find()).as("an unescaped macro").isFalse();
	}

	@Test
	void theDashboardIsServiceRedWithLatencyExemplars() {
		assertThat(this.dashboard.path("title").asString()).isEqualTo("Service RED");
		assertThat(this.dashboard.path("uid").asString()).isEqualTo("service-red");
		List<JsonNode> latency = new ArrayList<>();
		for (JsonNode panel : this.dashboard.path("panels")) {
			if (panel.path("type").asString().equals("row")) {
				continue;
			}
			assertThat(panel.path("targets").isEmpty()).as("targets of %s", panel.path("title")).isFalse();
			if ("s".equals(panel.path("fieldConfig").path("defaults").path("unit").asString())) {
				latency.add(panel);
			}
		}
		assertThat(latency).as("latency panels").hasSizeGreaterThanOrEqualTo(4).allSatisfy((panel) -> {
			assertThat(panel.path("targets")).allSatisfy((target) -> {
				assertThat(target.path("exemplar").asBoolean()).as("exemplars on %s", panel.path("title")).isTrue();
				assertThat(target.path("expr").asString()).contains("traces_span_metrics_duration_seconds_bucket");
			});
		});
		assertThat(this.dashboard.findValues("title").stream().map(JsonNode::asString))
			.anySatisfy((title) -> assertThat(title).containsIgnoringCase("database"))
			.anySatisfy((title) -> assertThat(title).containsIgnoringCase("redis"));
	}

	@Test
	void everyDashboardQueryReadsTheScrapeJobOfPrometheus() {
		Set<String> jobs = new HashSet<>();
		list(DemoFiles.yaml("deploy/prometheus/prometheus.yml").get("scrape_configs"))
			.forEach((job) -> jobs.add((String) map(job).get("job_name")));
		for (String query : Dashboards.queries(this.dashboard)) {
			List<Selector> selectors = Selector.in(query);
			assertThat(selectors).as("metrics named by %s", query).isNotEmpty();
			// The job keeps the scraped series apart from the same span metrics pushed over OTLP.
			assertThat(selectors).allSatisfy((selector) -> assertThat(selector.matchers())
				.filteredOn((matcher) -> matcher.label().equals("job"))
				.singleElement()
				.satisfies((job) -> assertThat(jobs).contains(job.value())));
		}
	}

	private Set<Object> uids() {
		Set<Object> uids = new HashSet<>();
		this.datasources.forEach((datasource) -> uids.add(datasource.get("uid")));
		return uids;
	}

	private Map<String, Object> jsonData(String uid) {
		return this.datasources.stream()
			.filter((datasource) -> uid.equals(datasource.get("uid")))
			.map((datasource) -> map(datasource.get("jsonData")))
			.findFirst()
			.orElseThrow();
	}

	private static void collectDatasourceUids(Object node, List<String> uids) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if ("datasourceUid".equals(key)) {
					uids.add((String) value);
				}
				collectDatasourceUids(value, uids);
			});
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collectDatasourceUids(item, uids));
		}
	}

}
