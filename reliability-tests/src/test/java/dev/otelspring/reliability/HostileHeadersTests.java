package dev.otelspring.reliability;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import dev.otelspring.testing.otlp.SpanKind;
import dev.otelspring.testing.otlp.StatusCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized and malformed {@code traceparent}, {@code tracestate} and {@code baggage} headers, up
 * to 100 KB, which Tomcat lets through here ({@code server.max-http-request-header-size}) so that
 * the propagators really see them. None may fail a request or grow memory, and each is handled as
 * W3C Trace Context and W3C Baggage say: a bad {@code traceparent} starts a new trace, a bad
 * {@code tracestate} is dropped while its valid {@code traceparent} is continued, and baggage is
 * cut at 64 members and 8192 bytes before it travels on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHeadersTests {

	private static final int HUGE = 100 * 1024;

	private OtlpTestReceiver receiver;

	private Downstream downstream;

	private ConfigurableApplicationContext application;

	@BeforeAll
	void start() {
		this.receiver = OtlpTestReceiver.start();
		this.downstream = Downstream.start(true);
		List<String> properties = Apps.properties("hostile-headers", this.receiver.httpEndpoint(), this.downstream);
		properties.addAll(List.of(Apps.WITHOUT_REDIS, "server.max-http-request-header-size=512KB",
				"otel.metrics.exporter=none"));
		this.application = Apps.start(properties);
	}

	@AfterAll
	void stop() {
		this.application.close();
		this.receiver.close();
		this.downstream.close();
	}

	@Test
	void oversizedTraceparentStartsANewTrace() {
		String traceId = traceId();
		ReceivedSpan server = serve("traceparent", "00-" + traceId + "-" + spanId() + "-01" + "0".repeat(HUGE));
		assertThat(server.traceId()).isNotEqualTo(traceId);
		assertThat(server.isRoot()).isTrue();
	}

	@Test
	void traceparentWithInvalidCharactersStartsANewTrace() {
		assertThat(serve("traceparent", "00-" + "zz".repeat(16) + "-" + spanId() + "-01").isRoot()).isTrue();
		assertThat(serve("traceparent", "00-" + traceId().toUpperCase() + "-" + spanId() + "-01").isRoot()).isTrue();
		assertThat(serve("traceparent", "00-" + traceId() + "-" + spanId() + "-01\u00e9{\"}").isRoot()).isTrue();
		assertThat(serve("traceparent", "ff-" + traceId() + "-" + spanId() + "-01").isRoot()).isTrue();
	}

	@Test
	void oversizedTracestateIsDroppedAndItsTraceContinued() {
		String traceId = traceId();
		String parent = spanId();
		String tracestate = IntStream.range(0, HUGE / 20)
			.mapToObj((i) -> "vendor" + i + "=" + "v".repeat(10))
			.collect(Collectors.joining(","));
		ReceivedSpan server = serve("traceparent", "00-" + traceId + "-" + parent + "-01", "tracestate", tracestate);
		assertThat(server.traceId()).isEqualTo(traceId);
		assertThat(server.parentSpanId()).isEqualTo(parent);
		assertThat(sentDownstream(server.traceId())).doesNotContainIgnoringCase("tracestate");
	}

	@Test
	void tracestateWithInvalidCharactersIsDroppedAndItsTraceContinued() {
		String traceId = traceId();
		ReceivedSpan server = serve("traceparent", "00-" + traceId + "-" + spanId() + "-01", "tracestate",
				"vendor=\u00ff{}\"\\, =, a==b,,,");
		assertThat(server.traceId()).isEqualTo(traceId);
		assertThat(sentDownstream(traceId)).doesNotContainIgnoringCase("tracestate");
	}

	@Test
	void oversizedBaggageIsCutToTheW3CLimitsBeforeItTravelsOn() {
		String baggage = IntStream.range(0, HUGE / 16)
			.mapToObj((i) -> "key" + i + "=" + "v".repeat(8))
			.collect(Collectors.joining(","));
		ReceivedSpan server = serve("baggage", baggage);
		String propagated = sentDownstream(server.traceId()).lines()
			.filter((line) -> line.toLowerCase().startsWith("baggage: "))
			.findFirst()
			.orElse("baggage: []");
		String value = propagated.substring("baggage: [".length(), propagated.length() - 1);
		assertThat(value.length()).isLessThanOrEqualTo(8192);
		assertThat(value.isEmpty() ? 0 : value.split(",").length).isLessThanOrEqualTo(64);
	}

	@Test
	void baggageWithInvalidCharactersFailsNothing() {
		ReceivedSpan server = serve("baggage", "\u00e9=\u00ff, ;;;, ==, key=\u00e9\"\\, " + "x".repeat(HUGE));
		assertThat(sentDownstream(server.traceId())).doesNotContain("\u00e9").doesNotContain("xxxxxxxx");
	}

	@Test
	void manyHostileRequestsLeaveNoMemoryBehind() {
		URI work = Apps.uri(this.application, "/work");
		String[][] hostile = { { "traceparent", "00-" + "f".repeat(HUGE) }, { "tracestate", "a=" + "b".repeat(HUGE) },
				{ "baggage", "k=" + "v".repeat(HUGE) } };
		for (int i = 0; i < 30; i++) {
			assertThat(RawHttp.get(work, hostile[i % 3])).isEqualTo(200);
		}
		long before = usedHeapAfterGc();
		for (int i = 0; i < 300; i++) {
			assertThat(RawHttp.get(work, hostile[i % 3])).isEqualTo(200);
		}
		long growth = usedHeapAfterGc() - before;
		System.out.printf("heap growth after 300 requests with 100 KB headers: %.1f MB%n", growth / 1048576.0);
		// 300 requests carried 30 MB of headers; none of it may stay.
		assertThat(growth).isLessThan(8L * 1024 * 1024);
	}

	/**
	 * Sends one request to {@code /work} with the headers, checks that it succeeded, and returns
	 * its SERVER span, which must carry no error and no exception.
	 */
	private ReceivedSpan serve(String... headers) {
		String marker = "hostile-" + spanId();
		assertThat(RawHttp.get(Apps.uri(this.application, "/work?marker=" + marker), headers)).isEqualTo(200);
		List<ReceivedSpan> spans = this.receiver.awaitSpans((all) -> all.stream()
			.anyMatch((span) -> span.kind() == SpanKind.SERVER && marker.equals(query(span))), Apps.TIMEOUT);
		ReceivedSpan server = spans.stream()
			.filter((span) -> span.kind() == SpanKind.SERVER && marker.equals(query(span)))
			.findFirst()
			.orElseThrow();
		assertThat(server.status()).isEqualTo(StatusCode.UNSET);
		assertThat(spans.stream().filter((span) -> span.traceId().equals(server.traceId())))
			.allSatisfy((span) -> assertThat(span.events()).isEmpty());
		return server;
	}

	private static String query(ReceivedSpan span) {
		Object query = span.attribute("url.query");
		return (query != null) ? query.toString().replace("marker=", "") : null;
	}

	/** The headers of the downstream request made in the trace. */
	private String sentDownstream(String traceId) {
		return this.downstream.requests()
			.stream()
			.filter((request) -> request.contains(traceId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no downstream request in trace " + traceId));
	}

	private static long usedHeapAfterGc() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String traceId() {
		return hex(16);
	}

	private static String spanId() {
		return hex(8);
	}

	private static String hex(int bytes) {
		StringBuilder hex = new StringBuilder();
		ThreadLocalRandom.current().ints(bytes, 0, 256).forEach((b) -> hex.append(String.format("%02x", b)));
		return hex.toString();
	}

}
