package dev.otelspring.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server on a free loopback port, in the benchmark's JVM: the REST service that the
 * client benchmarks call, and an OTLP/HTTP receiver that answers 200 and keeps nothing.
 */
public final class LocalHttpServer implements AutoCloseable {

	private static final byte[] AVAILABILITY = "{\"item\":1,\"available\":true}".getBytes(StandardCharsets.US_ASCII);

	static {
		// The JDK's server writes headers and body apart; with Nagle's algorithm on, the client's
		// delayed ACK then holds every response for 40 ms. Read once, when the server first starts.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private LocalHttpServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/availability/", (exchange) -> respond(exchange, "application/json", AVAILABILITY));
		// An empty body is a valid Export*ServiceResponse: nothing rejected.
		this.server.createContext("/v1/", (exchange) -> respond(exchange, "application/x-protobuf", new byte[0]));
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	public static LocalHttpServer start() {
		return new LocalHttpServer();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(200, (body.length > 0) ? body.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
