package dev.otelspring.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One demo service as a real process: {@code java -jar} of its repackaged jar on a free port, its
 * output in a file under {@code target/demo-e2e}.
 */
final class DemoProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Path output;

	private final Process process;

	private DemoProcess(String name, int port, Path output, Process process) {
		this.name = name;
		this.port = port;
		this.output = output;
		this.process = process;
	}

	static DemoProcess start(String module, int port, List<String> arguments) {
		Path output = Path.of("target", "demo-e2e", module + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// Three JVMs start at once on a small machine: C1 only, one GC thread, a small heap.
		command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(List.of("-jar", DemoFiles.jar(module).toString(), "--server.port=" + port));
		command.addAll(arguments);
		try {
			Files.createDirectories(output.getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			return new DemoProcess(module, port, output, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + module, ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String name() {
		return this.name;
	}

	/** The scrape target, as Prometheus names it. */
	String target() {
		return "127.0.0.1:" + this.port;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** Polls {@code /actuator/health} until it answers 200, the process dies, or the deadline passes. */
	void awaitHealthy(long deadlineNanos) throws InterruptedException {
		while (System.nanoTime() < deadlineNanos) {
			if (!this.process.isAlive()) {
				throw new AssertionError(this.name + " exited with " + this.process.exitValue() + ":\n" + outputTail());
			}
			try {
				if (get("/actuator/health", "application/json").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new AssertionError(this.name + " did not become healthy in time:\n" + outputTail());
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String outputTail() {
		try {
			List<String> lines = Files.readAllLines(this.output);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	/** Stops the service as Ctrl-C would, so that it flushes its telemetry; forcibly after 20 s. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
