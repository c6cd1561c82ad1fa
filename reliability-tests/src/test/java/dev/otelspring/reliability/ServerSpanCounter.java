package dev.otelspring.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP receiver that only counts the SERVER spans of one name, and those it saw twice. A
 * sustained load exports hundreds of thousands of spans, which the test receiver would decode into
 * objects and keep; this one keeps two numbers and the span ids (8 bytes each). Log and metric
 * exports are accepted and discarded.
 */
final class ServerSpanCounter implements AutoCloseable {

	private final String spanName;

	private final HttpServer server;

	private final ExecutorService workers = Executors.newFixedThreadPool(4);

	private final AtomicLong serverSpans = new AtomicLong();

	private final AtomicLong duplicates = new AtomicLong();

	private final Set<ByteString> seen = ConcurrentHashMap.newKeySet();

	// What arrived but was not counted: if a span is ever missing, it tells whether it was lost or
	// arrived under another name, kind or status.
	private final Map<String, AtomicLong> uncounted = new ConcurrentHashMap<>();

	private ServerSpanCounter(String spanName) throws IOException {
		this.spanName = spanName;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
		this.server.createContext("/", this::receive);
		this.server.setExecutor(this.workers);
		this.server.start();
	}

	static ServerSpanCounter start(String spanName) {
		try {
			return new ServerSpanCounter(spanName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	long serverSpans() {
		return this.serverSpans.get();
	}

	/** The spans received that were not counted, by kind, name and status. */
	Map<String, Long> uncounted() {
		Map<String, Long> counts = new TreeMap<>();
		this.uncounted.forEach((key, count) -> counts.put(key, count.get()));
		return counts;
	}

	/** Spans received more than once, which a retried export could cause. */
	long duplicates() {
		return this.duplicates.get();
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
			try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
				if ("/v1/traces".equals(exchange.getRequestURI().getPath())) {
					count(ExportTraceServiceRequest.parseFrom(body));
				}
				else {
					body.readAllBytes();
				}
			}
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, -1);
		}
	}

	private void count(ExportTraceServiceRequest request) {
		for (ResourceSpans resource : request.getResourceSpansList()) {
			for (ScopeSpans scope : resource.getScopeSpansList()) {
				for (Span span : scope.getSpansList()) {
					if (span.getKind() == Span.SpanKind.SPAN_KIND_SERVER && span.getName().equals(this.spanName)) {
						this.serverSpans.incrementAndGet();
						if (!this.seen.add(span.getSpanId())) {
							this.duplicates.incrementAndGet();
						}
					}
					else {
						String key = span.getKind() + " " + span.getName() + " " + span.getStatus().getCode();
						this.uncounted.computeIfAbsent(key, (k) -> new AtomicLong()).incrementAndGet();
					}
				}
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.workers.shutdownNow();
	}

}
