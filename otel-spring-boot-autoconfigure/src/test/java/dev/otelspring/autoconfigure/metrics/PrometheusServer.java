package dev.otelspring.autoconfigure.metrics;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A real Prometheus server, a child process on a free port of 127.0.0.1 that scrapes one target's
 * {@code /actuator/prometheus} every second, with exemplar storage on. Its life is bounded twice:
 * {@link #close()} ends it, and {@code timeout} ends it anyway should the test JVM die first.
 */
final class PrometheusServer implements AutoCloseable {

	private static final Duration MAX_LIFE = Duration.ofMinutes(3);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final Process process;

	private final String baseUrl;

	private PrometheusServer(Path binary, Path directory, int targetPort) throws IOException {
		int port = freePort();
		this.baseUrl = "http://127.0.0.1:" + port;
		Path config = directory.resolve("prometheus.yml");
		Files.writeString(config, String.join("\n", "global:", "  scrape_interval: 1s", "  scrape_timeout: 1s",
				"scrape_configs:", "  - job_name: app", "    metrics_path: /actuator/prometheus", "    static_configs:",
				"      - targets: ['127.0.0.1:" + targetPort + "']", ""));
		this.process = new ProcessBuilder("timeout", String.valueOf(MAX_LIFE.toSeconds()), binary.toString(),
				"--config.file=" + config, "--storage.tsdb.path=" + directory.resolve("data"),
				"--web.listen-address=127.0.0.1:" + port, "--enable-feature=exemplar-storage", "--log.level=warn")
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("prometheus.log").toFile())
			.start();
	}

	/** The {@code prometheus} executable on the PATH, if there is one. */
	static Optional<Path> binary() {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((directory) -> Path.of(directory, "prometheus"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	static PrometheusServer start(Path binary, Path directory, int targetPort) {
		try {
			PrometheusServer server = new PrometheusServer(binary, directory, targetPort);
			Polling.until("Prometheus to be ready", () -> server.status("/-/ready"), (status) -> status == 200,
					Duration.ofSeconds(30));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The {@code data} of an HTTP API answer, such as {@code /api/v1/query?query=...}. */
	JsonNode api(String path, String... parameters) {
		StringBuilder url = new StringBuilder(this.baseUrl).append(path);
		for (int i = 0; i < parameters.length; i += 2) {
			url.append((i == 0) ? '?' : '&')
				.append(parameters[i])
				.append('=')
				.append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
		}
		JsonNode answer = this.json.readTree(get(url.toString()).body());
		if (!"success".equals(answer.path("status").asString())) {
			throw new AssertionError("Prometheus answered " + answer);
		}
		return answer.path("data");
	}

	/** The values of an instant query's result, one per series. */
	List<Double> query(String promql) {
		JsonNode result = api("/api/v1/query", "query", promql).path("result");
		return result.valueStream().map((series) -> Double.parseDouble(series.path("value").get(1).asString())).toList();
	}

	private int status(String path) {
		try {
			return get(this.baseUrl + path).statusCode();
		}
		catch (IllegalStateException ex) {
			return -1;
		}
	}

	private HttpResponse<String> get(String url) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		this.process.waitFor();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
