package dev.otelspring.testing.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** OTLP/HTTP with binary protobuf, on the JDK's built-in server. */
final class HttpReceiver implements AutoCloseable {

  private static final Map<String, Signal> PATHS =
      Map.of("/v1/traces", Signal.TRACES, "/v1/metrics", Signal.METRICS, "/v1/logs", Signal.LOGS);

  private static final String PROTOBUF = "application/x-protobuf";

  private final ExportIntake intake;
  private final HttpServer server;
  // Several workers: the JDK default runs every exchange on one thread, so a delayed answer
  // would hold up every other export.
  private final ExecutorService workers =
      Executors.newFixedThreadPool(8, new DaemonThreads("otlp-http"));

  HttpReceiver(ExportIntake intake) throws IOException {
    this.intake = intake;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      Signal signal = PATHS.get(exchange.getRequestURI().getPath());
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
      boolean gzip = "gzip".equalsIgnoreCase(encoding);
      if (signal == null) {
        answer(exchange, 404, new byte[0]);
      } else if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, new byte[0]);
      } else if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(PROTOBUF)) {
        answer(exchange, 415, new byte[0]); // OTLP/JSON is deliberately not supported
      } else if (encoding != null && !gzip && !"identity".equalsIgnoreCase(encoding)) {
        answer(exchange, 415, new byte[0]);
      } else {
        export(exchange, signal, gzip);
      }
    } catch (IOException e) {
      // The client gave up or close() is tearing the server down; nobody is left to answer.
    }
  }

  private void export(HttpExchange exchange, Signal signal, boolean gzip) throws IOException {
    byte[] body;
    Message request;
    try (InputStream in = gzip ? new GZIPInputStream(exchange.getRequestBody())
        : exchange.getRequestBody()) {
      body = in.readAllBytes(); // decompressed, so rawBytes() can be searched for plain text
      request = parse(signal, body);
    } catch (ZipException | EOFException | InvalidProtocolBufferException e) {
      answer(exchange, 400, new byte[0]);
      return;
    }
    int status = intake.accept(signal, request, body);
    answer(exchange, status, status == 200 ? emptyResponse(signal) : new byte[0]);
  }

  private static Message parse(Signal signal, byte[] body) throws InvalidProtocolBufferException {
    return switch (signal) {
      case TRACES -> ExportTraceServiceRequest.parseFrom(body);
      case METRICS -> ExportMetricsServiceRequest.parseFrom(body);
      case LOGS -> ExportLogsServiceRequest.parseFrom(body);
    };
  }

  /** Serialises to zero bytes today, but says what the body is meant to be. */
  private static byte[] emptyResponse(Signal signal) {
    return switch (signal) {
      case TRACES -> ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      case METRICS -> ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
      case LOGS -> ExportLogsServiceResponse.getDefaultInstance().toByteArray();
    };
  }

  private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", PROTOBUF);
    // -1 tells the JDK server "no body" (Content-Length: 0); 0 would mean chunked.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0); // 0: do not wait for exchanges in flight, tests want close() to be quick
    workers.shutdownNow(); // interrupts any injected delay
  }
}
