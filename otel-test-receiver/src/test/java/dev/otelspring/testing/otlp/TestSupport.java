package dev.otelspring.testing.otlp;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Small shared pieces for the receiver's own tests. */
final class TestSupport {

  /** Generous: the build machine is small and busy; waits end as soon as data arrives. */
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  private TestSupport() {}

  static Resource resource(String serviceName) {
    return Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), serviceName));
  }

  /** Waits for an SDK operation and reports whether it succeeded. */
  static boolean succeeded(CompletableResultCode result) {
    return result.join(TIMEOUT.toSeconds(), TimeUnit.SECONDS).isSuccess();
  }

  /** Whether {@code text} occurs in {@code bytes} as UTF-8. */
  static boolean containsUtf8(byte[] bytes, String text) {
    // ISO-8859-1 maps each byte to one char, so a byte search becomes a string search.
    String haystack = new String(bytes, StandardCharsets.ISO_8859_1);
    String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    return haystack.contains(needle);
  }

  /** A meter provider that exports to the receiver over OTLP/HTTP, only on forceFlush(). */
  static SdkMeterProvider meterProvider(SdkMeterProviderBuilder builder, OtlpTestReceiver to) {
    OtlpHttpMetricExporter exporter =
        OtlpHttpMetricExporter.builder().setEndpoint(to.httpEndpoint() + "/v1/metrics").build();
    return builder
        .setResource(resource("shop"))
        .registerMetricReader(
            PeriodicMetricReader.builder(exporter).setInterval(Duration.ofHours(1)).build())
        .build();
  }

  static ReceivedMetric metricNamed(List<ReceivedMetric> metrics, String name) {
    return metrics.stream()
        .filter(metric -> metric.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No metric " + name + " in " + metrics));
  }

  /** A span ended by a real SDK tracer, as data, so a test can call an exporter itself. */
  static List<SpanData> endedSpan(String name) {
    List<SpanData> ended = new CopyOnWriteArrayList<>();
    SpanProcessor collector =
        new SpanProcessor() {
          @Override
          public void onStart(Context parent, ReadWriteSpan span) {}

          @Override
          public boolean isStartRequired() {
            return false;
          }

          @Override
          public void onEnd(ReadableSpan span) {
            ended.add(span.toSpanData());
          }

          @Override
          public boolean isEndRequired() {
            return true;
          }
        };
    SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(collector).build();
    provider.get("test").spanBuilder(name).startSpan().end();
    provider.shutdown();
    return List.copyOf(ended);
  }
}
