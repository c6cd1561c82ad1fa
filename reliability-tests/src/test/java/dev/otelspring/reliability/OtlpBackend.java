package dev.otelspring.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.otelspring.testing.otlp.OtlpTestReceiver;

/**
 * The OTLP endpoint the application exports to, on one fixed port of 127.0.0.1 for its whole
 * life, whose behaviour the test switches: healthy (a TCP relay to an {@link OtlpTestReceiver}),
 * refusing connections (nothing listens on the port), a black hole (connections are accepted,
 * never read and never answered), or the receiver answering 503/429 or slowly.
 * <p>
 * One port throughout is what makes "recovers without a restart" real: the application keeps the
 * endpoint it started with, and only the backend behind it changes.
 */
final class OtlpBackend implements AutoCloseable {

	private final OtlpTestReceiver receiver;

	private final int receiverPort;

	private final int port;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "otlp-backend");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	private volatile boolean blackHole;

	private OtlpBackend(OtlpTestReceiver receiver) {
		this.receiver = receiver;
		this.receiverPort = URI.create(receiver.httpEndpoint()).getPort();
		this.listener = bind(0);
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	static OtlpBackend start(OtlpTestReceiver receiver) {
		return new OtlpBackend(receiver);
	}

	/** The OTLP/HTTP endpoint, as {@code otel.exporter.otlp.endpoint}. */
	String endpoint() {
		return "http://127.0.0.1:" + this.port;
	}

	int port() {
		return this.port;
	}

	synchronized void healthy() {
		this.receiver.respondWith(200);
		this.receiver.delayResponses(Duration.ZERO);
		if (this.blackHole) {
			// The connections it swallowed; relayed ones carry on.
			this.blackHole = false;
			dropConnections();
		}
		listen();
	}

	/** Nothing listens on the port any more: every connection attempt is refused. */
	synchronized void refuseConnections() {
		ServerSocket current = this.listener;
		this.listener = null;
		closeQuietly(current);
		dropConnections();
	}

	/** Connections are accepted and then left alone: no byte is read, no answer ever comes. */
	synchronized void blackHole() {
		this.blackHole = true;
		dropConnections();
		listen();
	}

	/** The receiver answers every export with this status (503, 429), recording nothing. */
	synchronized void answer(int status) {
		healthy();
		this.receiver.respondWith(status);
	}

	/** The receiver takes this long to answer each export. */
	synchronized void answerAfter(Duration delay) {
		healthy();
		this.receiver.delayResponses(delay);
	}

	private void listen() {
		if (this.listener == null) {
			this.listener = bind(this.port);
			accept(this.listener);
		}
	}

	private void accept(ServerSocket server) {
		this.threads.execute(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					this.connections.add(client);
					if (!this.blackHole) {
						relay(client);
					}
				}
				catch (IOException ex) {
					// closed while refusing connections, or at the end
				}
			}
		});
	}

	private void relay(Socket client) throws IOException {
		Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.receiverPort);
		this.connections.add(upstream);
		this.threads.execute(() -> pump(client, upstream));
		this.threads.execute(() -> pump(upstream, client));
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16384];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side went away; the other is closed below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.connections.remove(from);
			this.connections.remove(to);
		}
	}

	private void dropConnections() {
		this.connections.forEach(OtlpBackend::closeQuietly);
		this.connections.clear();
	}

	private static ServerSocket bind(int port) {
		try {
			ServerSocket server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on port " + port, ex);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// nothing left to do
		}
	}

	@Override
	public synchronized void close() {
		refuseConnections();
		this.threads.shutdownNow();
	}

}
