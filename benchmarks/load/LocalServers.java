import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The two local servers of the load harness, in one JVM that run.sh pins to the load generator's
 * core, so that neither takes CPU from the application under test.
 * <ul>
 * <li>The REST stub: {@code GET /availability/{item}} answers a small JSON document.
 * <li>One OTLP/HTTP receiver per port given: {@code POST /v1/traces}, {@code /v1/metrics} and
 * {@code /v1/logs} answer 200 with an empty (valid) protobuf response and keep nothing. Each
 * receiver only counts requests, bytes and items (spans, metric streams, log records), so that the
 * harness can check that a variant really exported and say how much: {@code GET /stats} prints the
 * counters. The variants run side by side, so each gets its own receiver and its own counters.
 * </ul>
 * Run with the JDK's source launcher, no build needed:
 * {@code java LocalServers.java 18090 14318 14319 14320}.
 */
public final class LocalServers {

	private static final byte[] AVAILABILITY_PREFIX = "{\"item\":".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] AVAILABILITY_SUFFIX = ",\"available\":true}".getBytes(StandardCharsets.US_ASCII);

	private static final String[] SIGNALS = { "traces", "metrics", "logs" };

	public static void main(String[] args) throws IOException {
		// The JDK's server writes headers and body apart; with Nagle's algorithm on, the client's
		// delayed ACK then holds every response for 40 ms, which would make the stub the bottleneck.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		int stubPort = Integer.parseInt(args[0]);
		HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", stubPort), 128);
		stub.createContext("/availability/", LocalServers::availability);
		// Each application keeps 16 or so connections open; a handful of threads serves them.
		stub.setExecutor(Executors.newFixedThreadPool(4));
		stub.start();
		for (int i = 1; i < args.length; i++) {
			Receiver receiver = new Receiver();
			HttpServer otlp = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[i])), 128);
			otlp.createContext("/v1/", receiver::export);
			otlp.createContext("/stats", receiver::stats);
			otlp.setExecutor(Executors.newFixedThreadPool(2));
			otlp.start();
		}
		System.out.println("stub on 127.0.0.1:" + stubPort + ", OTLP receivers on "
				+ String.join(", ", List.of(args).subList(1, args.length)));
	}

	private static void availability(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		String path = exchange.getRequestURI().getPath();
		byte[] item = path.substring(path.lastIndexOf('/') + 1).getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream body = new ByteArrayOutputStream(64);
		body.write(AVAILABILITY_PREFIX);
		body.write(item);
		body.write(AVAILABILITY_SUFFIX);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		respond(exchange, body.toByteArray());
	}

	/** One OTLP/HTTP receiver's counters, per signal. */
	private static final class Receiver {

		private final AtomicLong[] requests = counters();

		private final AtomicLong[] bytes = counters();

		private final AtomicLong[] items = counters();

		private void export(HttpExchange exchange) throws IOException {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int signal = signal(exchange.getRequestURI().getPath());
			if (signal >= 0) {
				this.requests[signal].incrementAndGet();
				this.bytes[signal].addAndGet(body.length);
				if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
					body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
				}
				this.items[signal].addAndGet(countItems(body));
			}
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			respond(exchange, new byte[0]);
		}

		private void stats(HttpExchange exchange) throws IOException {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < SIGNALS.length; i++) {
				text.append(SIGNALS[i])
					.append(' ')
					.append(this.requests[i].get())
					.append(' ')
					.append(this.bytes[i].get())
					.append(' ')
					.append(this.items[i].get())
					.append('\n');
			}
			exchange.getResponseHeaders().set("Content-Type", "text/plain");
			respond(exchange, text.toString().getBytes(StandardCharsets.US_ASCII));
		}

	}

	private static void respond(HttpExchange exchange, byte[] body) throws IOException {
		exchange.sendResponseHeaders(200, (body.length > 0) ? body.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static int signal(String path) {
		for (int i = 0; i < SIGNALS.length; i++) {
			if (path.equals("/v1/" + SIGNALS[i])) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The three export requests share one shape: field 1 holds the resource entries, each of
	 * which holds scope entries in field 2, each of which holds the items in field 2. Walking the
	 * wire format that deep counts spans, metric streams or log records without decoding them.
	 */
	static long countItems(byte[] message) {
		long count = 0;
		for (Field resource : new Fields(message, 0, message.length)) {
			if (resource.number == 1) {
				for (Field scope : new Fields(message, resource.start, resource.end)) {
					if (scope.number == 2) {
						for (Field item : new Fields(message, scope.start, scope.end)) {
							if (item.number == 2) {
								count++;
							}
						}
					}
				}
			}
		}
		return count;
	}

	private static AtomicLong[] counters() {
		AtomicLong[] counters = new AtomicLong[SIGNALS.length];
		for (int i = 0; i < counters.length; i++) {
			counters[i] = new AtomicLong();
		}
		return counters;
	}

	/** A length-delimited field of a protobuf message: its number and where its bytes are. */
	record Field(int number, int start, int end) {

	}

	/** The length-delimited fields of a message between two offsets; other wire types are skipped. */
	record Fields(byte[] data, int from, int to) implements Iterable<Field> {

		@Override
		public Iterator<Field> iterator() {
			List<Field> fields = new ArrayList<>();
			int[] position = { this.from };
			while (position[0] < this.to) {
				long tag = varint(position);
				int number = (int) (tag >>> 3);
				switch ((int) (tag & 7)) {
					case 0 -> varint(position);
					case 1 -> position[0] += 8;
					case 5 -> position[0] += 4;
					case 2 -> {
						int length = (int) varint(position);
						fields.add(new Field(number, position[0], position[0] + length));
						position[0] += length;
					}
					default -> throw new IllegalStateException("Unsupported wire type in tag " + tag);
				}
			}
			return fields.iterator();
		}

		private long varint(int[] position) {
			long value = 0;
			for (int shift = 0;; shift += 7) {
				byte b = this.data[position[0]++];
				value |= (long) (b & 0x7f) << shift;
				if (b >= 0) {
					return value;
				}
			}
		}

	}

}
