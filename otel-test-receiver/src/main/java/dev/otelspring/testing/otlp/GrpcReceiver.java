package dev.otelspring.testing.otlp;

import com.google.protobuf.Message;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.logs.v1.LogsServiceGrpc;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.MetricsServiceGrpc;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * OTLP/gRPC on grpc-netty-shaded. The service base classes are the ones generated into the
 * opentelemetry-proto jar; they already use protobuf marshallers and unary server calls. gzip
 * request compression works without setup: grpc-java registers its gzip decompressor by default.
 */
final class GrpcReceiver implements AutoCloseable {

  private final ExportIntake intake;
  // Our own pool rather than grpc's shared one, so close() can interrupt an injected delay.
  private final ExecutorService workers =
      Executors.newCachedThreadPool(new DaemonThreads("otlp-grpc"));
  private final Server server;

  GrpcReceiver(ExportIntake intake) throws IOException {
    this.intake = intake;
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .executor(workers)
            .maxInboundMessageSize(64 * 1024 * 1024) // a big batch must not fail the test here
            .addService(new Traces())
            .addService(new Metrics())
            .addService(new Logs())
            .build()
            .start();
  }

  int port() {
    return server.getPort();
  }

  private <R> void answer(Signal signal, Message request, R response, StreamObserver<R> out) {
    int status = intake.accept(signal, request, request.toByteArray());
    if (status == 200) {
      out.onNext(response);
      out.onCompleted();
    } else {
      out.onError(
          grpcStatus(status).withDescription("respondWith(" + status + ")").asRuntimeException());
    }
  }

  /**
   * OTLP's own mapping for throttling (429 -> RESOURCE_EXHAUSTED, which exporters may retry),
   * otherwise the usual HTTP-to-gRPC status mapping.
   */
  static Status grpcStatus(int httpStatus) {
    return switch (httpStatus) {
      case 400 -> Status.INVALID_ARGUMENT;
      case 401 -> Status.UNAUTHENTICATED;
      case 403 -> Status.PERMISSION_DENIED;
      case 404 -> Status.UNIMPLEMENTED;
      case 429 -> Status.RESOURCE_EXHAUSTED;
      case 502, 503, 504 -> Status.UNAVAILABLE;
      case 500 -> Status.INTERNAL;
      default -> Status.UNKNOWN;
    };
  }

  @Override
  public void close() {
    server.shutdownNow();
    workers.shutdownNow();
    try {
      server.awaitTermination(2, TimeUnit.SECONDS); // normally milliseconds; bounded just in case
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Traces extends TraceServiceGrpc.TraceServiceImplBase {
    @Override
    public void export(
        ExportTraceServiceRequest request, StreamObserver<ExportTraceServiceResponse> out) {
      answer(Signal.TRACES, request, ExportTraceServiceResponse.getDefaultInstance(), out);
    }
  }

  private final class Metrics extends MetricsServiceGrpc.MetricsServiceImplBase {
    @Override
    public void export(
        ExportMetricsServiceRequest request, StreamObserver<ExportMetricsServiceResponse> out) {
      answer(Signal.METRICS, request, ExportMetricsServiceResponse.getDefaultInstance(), out);
    }
  }

  private final class Logs extends LogsServiceGrpc.LogsServiceImplBase {
    @Override
    public void export(
        ExportLogsServiceRequest request, StreamObserver<ExportLogsServiceResponse> out) {
      answer(Signal.LOGS, request, ExportLogsServiceResponse.getDefaultInstance(), out);
    }
  }
}
