package dev.otelspring.demo.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus (the one on the {@code PATH}, Debian's 2.42 in CI) scraping the demo services
 * as the Compose stack's does: job {@code spring-actuator}, {@code /actuator/prometheus}, exemplar
 * storage on. The dashboard's queries run on it unchanged.
 */
final class PrometheusServer implements AutoCloseable {

	static final String JOB = "spring-actuator";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final int port;

	private PrometheusServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static Optional<Path> executable() {
		return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.stream()
			.map((directory) -> Path.of(directory, "prometheus"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	static PrometheusServer start(Path executable, List<String> targets, Duration timeout) throws Exception {
		Path directory = Files.createDirectories(Path.of("target", "demo-e2e", "prometheus").toAbsolutePath());
		Path config = directory.resolve("prometheus.yml");
		Files.writeString(config, """
				global:
				  scrape_interval: 1s
				scrape_configs:
				  - job_name: %s
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: [%s]
				""".formatted(JOB, targets.stream().map((target) -> "'" + target + "'").collect(Collectors.joining(", "))));
		int port = DemoProcess.freePort();
		Process process = new ProcessBuilder(executable.toString(), "--config.file=" + config,
				"--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
				"--enable-feature=exemplar-storage")
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("prometheus.log").toFile())
			.start();
		PrometheusServer server = new PrometheusServer(process, port);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!server.isReady()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				server.close();
				throw new AssertionError("Prometheus did not start; see " + directory.resolve("prometheus.log"));
			}
			Thread.sleep(200);
		}
		return server;
	}

	/** The {@code data.result} of an instant query. */
	JsonNode query(String promql) throws IOException, InterruptedException {
		return get("/api/v1/query?query=" + encode(promql)).path("data").path("result");
	}

	/** The {@code data} of {@code /api/v1/query_exemplars}: series, each with its exemplars. */
	JsonNode exemplars(String promql, Instant start, Instant end) throws IOException, InterruptedException {
		return get("/api/v1/query_exemplars?query=" + encode(promql) + "&start=" + start.getEpochSecond() + "&end="
				+ end.getEpochSecond()).path("data");
	}

	private boolean isReady() {
		try {
			return http.send(request("/-/ready"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
		JsonNode body = json.readTree(response.body());
		if (response.statusCode() != 200 || !"success".equals(body.path("status").asString())) {
			throw new AssertionError("Prometheus answered " + response.statusCode() + " to " + pathAndQuery + ": "
					+ response.body());
		}
		return body;
	}

	private HttpRequest request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
