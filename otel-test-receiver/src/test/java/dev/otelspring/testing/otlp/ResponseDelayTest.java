package dev.otelspring.testing.otlp;

import static dev.otelspring.testing.otlp.TestSupport.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** delayResponses(d): answers come late, but neither other exports nor close() wait for them. */
class ResponseDelayTest {

  private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

  @AfterEach
  void closeReceiver() {
    receiver.close();
  }

  @Test
  void delayedAnswersDoNotHoldUpEachOther() {
    receiver.delayResponses(Duration.ofMillis(1500));
    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(RawOtlp.sendAsync(export("span-" + i)));
    }
    answers.forEach(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    // One after another would take 4.5 s.
    assertThat(elapsed).as("served in parallel").isLessThan(Duration.ofMillis(4000));
    assertThat(receiver.spans()).hasSize(3);
  }

  @Test
  void zeroDelayAnswersPromptlyAgain() {
    receiver.delayResponses(Duration.ofSeconds(5));
    receiver.delayResponses(Duration.ZERO);
    long start = System.nanoTime();

    assertThat(RawOtlp.send(export("prompt")).statusCode()).isEqualTo(200);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void closeDoesNotWaitForADelayedAnswer() {
    receiver.delayResponses(Duration.ofSeconds(30));
    CompletableFuture<HttpResponse<byte[]>> pending = RawOtlp.sendAsync(export("slow"));
    receiver.awaitSpans(1, TIMEOUT); // recorded on arrival; only the answer is delayed

    long start = System.nanoTime();
    receiver.close();
    Duration closing = Duration.ofNanos(System.nanoTime() - start);

    assertThat(closing).isLessThan(Duration.ofSeconds(3));
    pending.cancel(true);
  }

  @Test
  void closeDoesNotWaitForADelayedGrpcAnswer() {
    receiver.delayResponses(Duration.ofSeconds(30));
    int port = URI.create(receiver.grpcEndpoint()).getPort();
    ManagedChannel channel =
        NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    try {
      TraceServiceGrpc.newFutureStub(channel).export(RawOtlp.traceRequest("slow"));
      receiver.awaitSpans(1, TIMEOUT);

      long start = System.nanoTime();
      receiver.close();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    } finally {
      channel.shutdownNow();
    }
  }

  private HttpRequest.Builder export(String spanName) {
    byte[] body = RawOtlp.traceRequest(spanName).toByteArray();
    return RawOtlp.post(receiver, "/v1/traces", "application/x-protobuf", body);
  }
}
