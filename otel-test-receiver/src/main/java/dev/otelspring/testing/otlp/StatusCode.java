package dev.otelspring.testing.otlp;

/** Span status code as received on the wire. */
public enum StatusCode {
  UNSET,
  OK,
  ERROR
}
