package dev.otelspring.autoconfigure.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application under test on a random port, exporting to a receiver of its own, called
 * through {@link TracedHttp}. One for all tests of a class: registered as a static
 * {@code @RegisterExtension} field, or started and stopped by the class's own {@code @BeforeAll}
 * and {@code @AfterAll}.
 */
public final class TracedApplication implements BeforeAllCallback, AfterAllCallback {

	private final SpringApplicationBuilder application;

	private final String settlePath;

	private final Function<OtlpTestReceiver, String[]> properties;

	private OtlpTestReceiver receiver;

	private ConfigurableApplicationContext context;

	private TracedHttp http;

	/**
	 * @param application the application, with settings of its own if any
	 * @param settlePath a path that answers 200, for {@link TracedHttp#settle()}
	 * @param properties the settings that make the application export to the receiver
	 */
	public TracedApplication(SpringApplicationBuilder application, String settlePath,
			Function<OtlpTestReceiver, String[]> properties) {
		this.application = application;
		this.settlePath = settlePath;
		this.properties = properties;
	}

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		start();
	}

	@Override
	public void afterAll(ExtensionContext extensionContext) {
		stop();
	}

	/** Starts the receiver, then the application. */
	public void start() {
		this.receiver = OtlpTestReceiver.start();
		this.context = this.application.properties(this.properties.apply(this.receiver)).run();
		this.http = new TracedHttp(this.receiver, port(), this.settlePath);
	}

	/** Closes the application, then the receiver, as far as they were started. */
	public void stop() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.receiver != null) {
			this.receiver.close();
		}
	}

	public OtlpTestReceiver receiver() {
		return this.receiver;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** See {@link TracedHttp#get(String, String...)}. */
	public HttpResponse<String> get(String path, String... headers) {
		return this.http.get(path, headers);
	}

	/** See {@link TracedHttp#settle()}. */
	public void settle() {
		this.http.settle();
	}

	/** See {@link TracedHttp#trace(String)}. */
	public List<ReceivedSpan> trace(String traceId) {
		return this.http.trace(traceId);
	}

	/** See {@link TracedHttp#awaitTrace(String, Predicate)}. */
	public List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> condition) {
		return this.http.awaitTrace(traceId, condition);
	}

	/** See {@link TracedHttp#settledTraceOf(String, String)}. */
	public List<ReceivedSpan> settledTraceOf(String path, String parentSpanId) {
		return this.http.settledTraceOf(path, parentSpanId);
	}

	/** See {@link TracedHttp#settledWithoutSpans(String)}. */
	public List<ReceivedSpan> settledWithoutSpans(String path) {
		return this.http.settledWithoutSpans(path);
	}

	/** See {@link TracedHttp#settledTraceWithoutDuplicates(String)}. */
	public List<ReceivedSpan> settledTraceWithoutDuplicates(String traceId) {
		return this.http.settledTraceWithoutDuplicates(traceId);
	}

	/**
	 * Sends a GET in a trace of its own, continuing a remote parent, and checks its trace: one
	 * SERVER span of the route, the parent's child, with an unset status and the stable HTTP
	 * attributes.
	 * @param pathAndQuery the request's path, and query if any
	 * @param route the route the request is mapped to
	 * @return the span, for what only one web stack records
	 */
	public ReceivedSpan assertOneServerSpan(String pathAndQuery, String route) {
		String traceId = TracedHttp.newTraceId();
		String parentId = TracedHttp.newSpanId();
		HttpResponse<String> response = get(pathAndQuery, "traceparent", TracedHttp.traceparent(traceId, parentId));
		assertThat(response.statusCode()).isEqualTo(200);

		List<ReceivedSpan> spans = settledTraceWithoutDuplicates(traceId);
		assertThat(spans).as(TracedHttp.describe(spans)).hasSize(1);
		ReceivedSpan server = TracedHttp.single(spans, SpanKind.SERVER, "GET " + route);
		// The incoming traceparent is continued.
		assertThat(server.parentSpanId()).isEqualTo(parentId);
		assertThat(server.status()).isEqualTo(StatusCode.UNSET);
		assertThat(server.attributes()).containsEntry("http.request.method", "GET")
			.containsEntry("http.route", route)
			.containsEntry("url.path", URI.create(pathAndQuery).getPath())
			.containsEntry("url.scheme", "http")
			.containsEntry("http.response.status_code", 200L)
			.containsEntry("server.address", "localhost")
			.containsEntry("server.port", (long) port())
			.containsEntry("client.address", "127.0.0.1")
			.containsEntry("user_agent.original", "otel-web-it/1.0");
		return server;
	}

	/**
	 * Sends a GET, in a trace of its own, to a route that calls another route of this application
	 * through a client, with a secret in the query; then checks the trace: the route's SERVER span,
	 * exactly one CLIENT span beneath it, and the called route's SERVER span beneath that. The
	 * secret is redacted from the URL of both spans, and in no byte exported.
	 * @param pathAndQuery the path of the calling route
	 * @param route the calling route
	 * @param downstreamPath the path the client calls
	 * @param secret the secret query parameter, as sent
	 * @param redactedQuery the query as both spans must record it
	 */
	public void assertClientCallBetweenServerSpans(String pathAndQuery, String route, String downstreamPath,
			String secret, String redactedQuery) {
		String traceId = TracedHttp.newTraceId();
		HttpResponse<String> response = get(pathAndQuery, "traceparent",
				TracedHttp.traceparent(traceId, TracedHttp.newSpanId()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("called downstream");

		List<ReceivedSpan> spans = settledTraceWithoutDuplicates(traceId);
		assertThat(spans).as(TracedHttp.describe(spans)).hasSize(3);
		ReceivedSpan caller = TracedHttp.single(spans, SpanKind.SERVER, "GET " + route);
		ReceivedSpan call = TracedHttp.single(spans, SpanKind.CLIENT, "GET");
		ReceivedSpan downstream = TracedHttp.single(spans, SpanKind.SERVER, "GET " + downstreamPath);
		assertThat(call.parentSpanId()).isEqualTo(caller.spanId());
		// Only an injected traceparent can make the downstream server span a child of the call.
		assertThat(downstream.parentSpanId()).isEqualTo(call.spanId());
		assertThat(call.attributes()).containsEntry("http.request.method", "GET")
			.containsEntry("url.full", "http://localhost:" + port() + downstreamPath + "?" + redactedQuery)
			.containsEntry("server.address", "localhost")
			.containsEntry("server.port", (long) port())
			.containsEntry("http.response.status_code", 200L);
		// The downstream server span would otherwise export what the client span hid.
		assertThat(downstream.attributes()).containsEntry("url.query", redactedQuery);
		assertThat(this.receiver.rawBytes()).asString().doesNotContain(secret);
	}

	/** Checks that none of the values is in any byte the receiver got so far. */
	public void assertNoneExported(List<String> values) {
		String exported = new String(this.receiver.rawBytes(), StandardCharsets.ISO_8859_1);
		assertThat(values).allSatisfy((value) -> assertThat(exported).doesNotContain(value));
	}

}
