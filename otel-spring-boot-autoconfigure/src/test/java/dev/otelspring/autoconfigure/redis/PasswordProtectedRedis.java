package dev.otelspring.autoconfigure.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} of its own, a child process on a free port of 127.0.0.1 that requires a
 * password and writes nothing to disk. It counts as started once it logs that it accepts
 * connections; its output is read to the end so that it never blocks on a full pipe.
 */
public final class PasswordProtectedRedis implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final Process process;

	private final int port;

	private PasswordProtectedRedis(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static PasswordProtectedRedis start(String password) {
		int port = freePort();
		try {
			Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind",
					"127.0.0.1", "--requirepass", password, "--save", "", "--appendonly", "no")
				.redirectErrorStream(true)
				.start();
			CompletableFuture<Void> ready = new CompletableFuture<>();
			Thread reader = new Thread(() -> readOutput(process, ready), "redis-server-" + port);
			reader.setDaemon(true);
			reader.start();
			ready.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return new PasswordProtectedRedis(process, port);
		}
		catch (Exception ex) {
			throw new IllegalStateException("redis-server did not start on port " + port, ex);
		}
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly().waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static void readOutput(Process process, CompletableFuture<Void> ready) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.contains("Ready to accept connections")) {
					ready.complete(null);
				}
			}
			ready.completeExceptionally(new IllegalStateException("redis-server exited: " + process.waitFor()));
		}
		catch (IOException | InterruptedException ex) {
			ready.completeExceptionally(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
