package dev.otelspring.testing.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Hand-made OTLP requests sent with the JDK HTTP client, for the cases the SDK exporters hide:
 * status codes, headers, wrong content types, concurrent requests.
 */
final class RawOtlp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private RawOtlp() {}

  static ExportTraceServiceRequest traceRequest(String spanName) {
    Span span =
        Span.newBuilder()
            .setTraceId(ByteString.copyFrom(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15, 16}))
            .setSpanId(ByteString.copyFrom(new byte[] {(byte) 0xab, 0, 0, 0, 0, 0, 0, 1}))
            .setName(spanName)
            .build();
    return ExportTraceServiceRequest.newBuilder()
        .addResourceSpans(
            ResourceSpans.newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
        .build();
  }

  static HttpRequest.Builder post(OtlpTestReceiver receiver, String path, String contentType,
      byte[] body) {
    return HttpRequest.newBuilder(URI.create(receiver.httpEndpoint() + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  static HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest.Builder request) {
    return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
