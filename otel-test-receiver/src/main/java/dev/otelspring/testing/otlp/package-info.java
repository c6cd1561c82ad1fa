/**
 * Test support: a real OTLP receiver that lets tests check what an exporter actually put on the
 * wire, over OTLP/HTTP (binary protobuf) or OTLP/gRPC.
 *
 * <pre>{@code
 * try (OtlpTestReceiver receiver = OtlpTestReceiver.start()) {
 *   SpanExporter exporter = OtlpHttpSpanExporter.builder()
 *       .setEndpoint(receiver.httpEndpoint() + "/v1/traces") // or an OtlpGrpcSpanExporter
 *       .build();                                           // on receiver.grpcEndpoint()
 *   // ... run the code under test ...
 *   List<ReceivedSpan> spans = receiver.awaitSpans(1, Duration.ofSeconds(10));
 *   assertThat(spans.get(0).attribute("http.route")).isEqualTo("/orders");
 * }
 * }</pre>
 *
 * <p>Start one receiver per test, or call {@code reset()} between tests. Fault injection
 * ({@code respondWith}, {@code delayResponses}) applies to both transports.
 */
package dev.otelspring.testing.otlp;
