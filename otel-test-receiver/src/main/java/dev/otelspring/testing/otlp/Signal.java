package dev.otelspring.testing.otlp;

/** The three OTLP signals, as counted by {@link OtlpTestReceiver#requestCount(Signal)}. */
public enum Signal {
  TRACES,
  METRICS,
  LOGS
}
