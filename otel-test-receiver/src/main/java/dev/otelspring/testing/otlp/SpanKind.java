package dev.otelspring.testing.otlp;

/**
 * Span kind as received on the wire. Our own enum, so tests do not depend on the OTel API's
 * {@code SpanKind}, and so an unset kind (which the API cannot express) stays visible.
 */
public enum SpanKind {
  INTERNAL,
  SERVER,
  CLIENT,
  PRODUCER,
  CONSUMER,
  UNSPECIFIED
}
