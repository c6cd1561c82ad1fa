package dev.otelspring.demo.e2e;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.otelspring.demo.e2e.DemoFiles.list;
import static dev.otelspring.demo.e2e.DemoFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml against the rest of the repository: what the services mount, build and
 * address exists. Whether Compose itself accepts the file is checked by {@code .ci/run}, with
 * {@code docker-compose config}, and Prometheus's configuration with {@code promtool}.
 */
class ComposeFileTests {

	private final Map<String, Object> services = map(DemoFiles.yaml("docker-compose.yml").get("services"));

	@Test
	void everyImageIsPinnedToATag() {
		this.services.forEach((name, service) -> {
			String image = (String) map(service).get("image");
			assertThat(image).as("image of %s", name).isNotNull();
			if (!map(service).containsKey("build")) {
				String tag = image.substring(image.lastIndexOf(':') + 1);
				assertThat(image).as("image of %s", name).contains(":");
				assertThat(tag).as("tag of %s", name).isNotEqualTo("latest").containsPattern("\\d");
			}
		});
	}

	@Test
	void everyMountedFileExists() {
		this.services.forEach((name, service) -> list(map(service).get("volumes")).forEach((volume) -> {
			String source = ((String) volume).split(":")[0];
			assertThat(source).as("a bind mount of %s", name).startsWith("./");
			assertThat(DemoFiles.path(source.substring(2))).as("mounted by %s", name).exists();
		}));
	}

	@Test
	void theDemoServicesAreBuiltFromTheirModules() {
		String rootPom = DemoFiles.read("pom.xml");
		List<String> built = this.services.values()
			.stream()
			.map((service) -> map(map(service).get("build")))
			.filter((build) -> !build.isEmpty())
			.map((build) -> (String) map(build.get("args")).get("SERVICE"))
			.toList();
		assertThat(built).containsExactlyInAnyOrder("demo-inventory", "demo-grocery-store", "demo-shopper");
		assertThat(built).allSatisfy((module) -> {
			assertThat(DemoFiles.path(module + "/pom.xml")).exists();
			assertThat(rootPom).contains("<module>" + module + "</module>");
		});
		assertThat(DemoFiles.path("Dockerfile")).exists();
	}

	@Test
	void theServicesExportToTheCollector() {
		for (String name : List.of("shopper", "grocery-store", "inventory")) {
			String endpoint = (String) map(map(this.services.get(name)).get("environment"))
				.get("OTEL_EXPORTER_OTLP_ENDPOINT");
			assertThat(endpoint).as("OTLP endpoint of %s", name).isEqualTo("http://otel-collector:4318");
		}
	}

	@Test
	void theCollectorSendsEachSignalToItsBackend() {
		Map<String, Object> config = DemoFiles.yaml("deploy/otel-collector/config.yaml");
		Map<String, Object> exporters = map(config.get("exporters"));
		exporters.forEach((name, exporter) -> {
			URI endpoint = URI.create(withScheme((String) map(exporter).get("endpoint")));
			assertThat(this.services).as("the host of exporter %s", name).containsKey(endpoint.getHost());
		});
		Map<String, Object> pipelines = map(map(config.get("service")).get("pipelines"));
		assertThat(exporterOf(pipelines, "traces")).startsWith("otlp_grpc/");
		assertThat((String) map(exporters.get(exporterOf(pipelines, "traces"))).get("endpoint")).startsWith("tempo:");
		assertThat(exporterOf(pipelines, "logs")).startsWith("otlp_http/");
		assertThat((String) map(exporters.get(exporterOf(pipelines, "logs"))).get("endpoint"))
			.isEqualTo("http://loki:3100/otlp");
		assertThat(exporterOf(pipelines, "metrics")).startsWith("otlp_http/");
		assertThat((String) map(exporters.get(exporterOf(pipelines, "metrics"))).get("endpoint"))
			.isEqualTo("http://prometheus:9090/api/v1/otlp");
	}

	@Test
	void prometheusScrapesEveryServiceOnItsPortWithExemplarsAndReceivesOtlp() {
		List<Object> command = list(map(this.services.get("prometheus")).get("command"));
		assertThat(command).contains("--enable-feature=exemplar-storage", "--web.enable-otlp-receiver",
				"--web.enable-remote-write-receiver");
		Map<String, Object> job = map(list(DemoFiles.yaml("deploy/prometheus/prometheus.yml").get("scrape_configs")).get(0));
		assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
		List<Object> targets = list(map(list(job.get("static_configs")).get(0)).get("targets"));
		assertThat(targets).hasSize(3).allSatisfy((target) -> {
			String[] hostAndPort = ((String) target).split(":");
			assertThat(list(map(this.services.get(hostAndPort[0])).get("ports")))
				.as("ports of %s", hostAndPort[0])
				.contains(hostAndPort[1] + ":" + hostAndPort[1]);
		});
	}

	@Test
	void grafanaLoadsTheDashboardsFromWhereComposeMountsThem() {
		Map<String, Object> provider = map(list(
				DemoFiles.yaml("deploy/grafana/provisioning/dashboards/dashboards.yaml").get("providers"))
			.get(0));
		String path = (String) map(provider.get("options")).get("path");
		assertThat(list(map(this.services.get("grafana")).get("volumes")))
			.contains("./deploy/grafana/dashboards:" + path + ":ro");
		assertThat(Files.isRegularFile(DemoFiles.path(Dashboards.SERVICE_RED))).isTrue();
	}

	private static String exporterOf(Map<String, Object> pipelines, String signal) {
		List<Object> exporters = list(map(pipelines.get(signal)).get("exporters"));
		assertThat(exporters).as("exporters of the %s pipeline", signal).hasSize(1);
		return (String) exporters.get(0);
	}

	private static String withScheme(String endpoint) {
		return endpoint.contains("://") ? endpoint : "grpc://" + endpoint;
	}

}
