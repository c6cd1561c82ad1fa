package dev.otelspring.autoconfigure.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test-side HTTP, deliberately uninstrumented (JDK client), plus waits on the receiver.
 * <p>
 * Each request carries its own traceparent, so the spans of one request are found by trace id
 * whatever else is exported. A trace is awaited until its entry SERVER span (whose parent is
 * remote) has arrived: that span ends last, after every span the request caused, though not always
 * before the client reads the response. Absence and exactly-once are checked after
 * {@link #settle()}: the batch processor exports spans in the order they ended, so once a later
 * request's span has arrived, every span that ended before it has arrived too.
 */
public final class TracedHttp {

	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final OtlpTestReceiver receiver;

	private final String baseUrl;

	private final String settlePath;

	public TracedHttp(OtlpTestReceiver receiver, int port, String settlePath) {
		this.receiver = receiver;
		this.baseUrl = "http://localhost:" + port;
		this.settlePath = settlePath;
	}

	/** A W3C trace id, random so that tests never see each other's spans. */
	public static String newTraceId() {
		return hex(16);
	}

	public static String newSpanId() {
		return hex(8);
	}

	public static String traceparent(String traceId, String parentSpanId) {
		return "00-" + traceId + "-" + parentSpanId + "-01";
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.header("User-Agent", "otel-web-it/1.0");
		if (headers.length > 0) {
			request.headers(headers);
		}
		// A new client, hence a new connection, per request: Reactor Netty 1.3.7 can stop reading a
		// keep-alive connection when the previous response completed off its event loop (the
		// actuator health check does), so the next request would hang (reactor/reactor-netty#4361).
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(TIMEOUT)
			.build();
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends a request in a trace of its own and waits for its server span. */
	public void settle() {
		String traceId = newTraceId();
		assertThat(get(this.settlePath, "traceparent", traceparent(traceId, newSpanId())).statusCode())
			.isEqualTo(200);
		awaitTrace(traceId, (spans) -> spans.stream().anyMatch((span) -> span.kind() == SpanKind.SERVER));
	}

	private void awaitEntrySpan(String traceId) {
		awaitTrace(traceId, (spans) -> spans.stream()
			.anyMatch((span) -> span.kind() == SpanKind.SERVER
					&& spans.stream().noneMatch((other) -> other.spanId().equals(span.parentSpanId()))));
	}

	public List<ReceivedSpan> trace(String traceId) {
		return this.receiver.spans().stream().filter((span) -> span.traceId().equals(traceId)).toList();
	}

	public List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> condition) {
		this.receiver.awaitSpans((all) -> condition.test(only(all, traceId)), TIMEOUT);
		return trace(traceId);
	}

	/**
	 * Sends a GET in a trace of its own, under the given remote parent, checks that it answered
	 * 200, waits for its entry span, then settles and returns the trace.
	 */
	public List<ReceivedSpan> settledTraceOf(String path, String parentSpanId) {
		String traceId = newTraceId();
		assertThat(get(path, "traceparent", traceparent(traceId, parentSpanId)).statusCode()).as(path).isEqualTo(200);
		awaitEntrySpan(traceId);
		settle();
		return trace(traceId);
	}

	/**
	 * Sends a GET in a trace of its own that must make no span, checks that it answered 200,
	 * settles and returns what the trace holds (empty when the request really made no span).
	 */
	public List<ReceivedSpan> settledWithoutSpans(String path) {
		String traceId = newTraceId();
		assertThat(get(path, "traceparent", traceparent(traceId, newSpanId())).statusCode()).as(path).isEqualTo(200);
		settle();
		return trace(traceId);
	}

	/**
	 * Waits for the trace's entry span, settles, then returns the trace, checked for spans
	 * exported twice or made twice.
	 */
	public List<ReceivedSpan> settledTraceWithoutDuplicates(String traceId) {
		awaitEntrySpan(traceId);
		settle();
		List<ReceivedSpan> spans = trace(traceId);
		assertThat(counts(spans, ReceivedSpan::spanId)).as("spans per span id")
			.allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
		assertThat(counts(spans, (span) -> span.name() + " " + span.kind())).as("spans per (name, kind)")
			.allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
		return spans;
	}

	public static ReceivedSpan single(List<ReceivedSpan> spans, SpanKind kind, String name) {
		List<ReceivedSpan> matching = spans.stream()
			.filter((span) -> span.kind() == kind && span.name().equals(name))
			.toList();
		assertThat(matching).as("%s span '%s' in %s", kind, name, describe(spans)).hasSize(1);
		return matching.get(0);
	}

	public static String describe(List<ReceivedSpan> spans) {
		return spans.stream()
			.map((span) -> span.kind() + " '" + span.name() + "' " + span.spanId() + "<-" + span.parentSpanId()
					+ " " + span.scopeName())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	public static String uniqueProbe() {
		return UUID.randomUUID().toString();
	}

	private static List<ReceivedSpan> only(List<ReceivedSpan> spans, String traceId) {
		return spans.stream().filter((span) -> span.traceId().equals(traceId)).toList();
	}

	private static <K> Map<K, Integer> counts(List<ReceivedSpan> spans, Function<ReceivedSpan, K> key) {
		Map<K, Integer> counts = new HashMap<>();
		spans.forEach((span) -> counts.merge(Objects.requireNonNull(key.apply(span)), 1, Integer::sum));
		return counts;
	}

	private static String hex(int bytes) {
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < bytes; i++) {
			hex.append(String.format("%02x", ThreadLocalRandom.current().nextInt(256)));
		}
		return hex.toString();
	}

}
