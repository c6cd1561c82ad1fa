package dev.otelspring.demo.e2e;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The PromQL of the provisioned dashboard: every panel target's {@code expr} and every query
 * variable's query.
 */
final class Dashboards {

	static final String SERVICE_RED = "deploy/grafana/dashboards/service-red.json";

	private Dashboards() {
	}

	static List<String> queries(JsonNode dashboard) {
		List<String> queries = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				queries.add(target.path("expr").asString());
			}
		}
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			if ("query".equals(variable.path("type").asString())) {
				queries.add(labelValuesSelector(variable.path("query").path("query").asString()));
			}
		}
		return queries;
	}

	/** The PromQL of the latency panels' targets, which show exemplars. */
	static List<String> exemplarQueries(JsonNode dashboard) {
		List<String> queries = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				if (target.path("exemplar").asBoolean()) {
					queries.add(target.path("expr").asString());
				}
			}
		}
		return queries;
	}

	/** A query as Grafana sends it with the defaults: every service, a one-minute rate window. */
	static String forPrometheus(String query) {
		return query.replace("$__rate_interval", "1m").replace("$service", ".*");
	}

	// label_values(metric{...}, label): the series selector is the first argument.
	private static String labelValuesSelector(String query) {
		if (!query.startsWith("label_values(") || !query.endsWith(")")) {
			throw new IllegalArgumentException("Not a label_values(...) query: " + query);
		}
		return query.substring("label_values(".length(), query.lastIndexOf(','));
	}

}
