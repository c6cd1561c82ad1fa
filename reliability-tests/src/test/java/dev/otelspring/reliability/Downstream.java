package dev.otelspring.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The downstream service the application calls: answers every request with 200 "ok" on a free
 * port of 127.0.0.1. When recording, it keeps each request's URI and headers, so that tests can
 * check what left the client.
 */
final class Downstream implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(4);

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final boolean recording;

	private Downstream(boolean recording) throws IOException {
		this.recording = recording;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
		this.server.createContext("/", this::answer);
		this.server.setExecutor(this.workers);
		this.server.start();
	}

	/** A downstream that forgets every request, for runs of thousands. */
	static Downstream start() {
		return start(false);
	}

	static Downstream start(boolean recording) {
		try {
			return new Downstream(recording);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Each request as its URI followed by its headers, for looking at what left the client. */
	List<String> requests() {
		return List.copyOf(this.requests);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			StringBuilder seen = new StringBuilder(exchange.getRequestURI().toString());
			for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
				seen.append('\n').append(header.getKey()).append(": ").append(header.getValue());
			}
			if (this.recording) {
				this.requests.add(seen.toString());
			}
			exchange.getRequestBody().readAllBytes();
			byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.workers.shutdownNow();
	}

}
