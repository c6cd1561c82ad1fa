package dev.otelspring.autoconfigure.logging;

import dev.otelspring.logging.CorrelationKeys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Names of the MDC (Logback) or ThreadContext (Log4j2) keys that carry the current trace. The
 * property names and defaults are those of the OpenTelemetry instrumentation libraries (written as
 * literals, so that the IDE shows them: {@link CorrelationKeys#DEFAULT}).
 */
@ConfigurationProperties("otel.instrumentation.common.logging")
public class LogCorrelationProperties {

	/**
	 * Key of the current trace id. Spring Boot's correlation pattern and the JSON formats follow it;
	 * "traceId" keeps patterns written for Micrometer Tracing's MDC working.
	 */
	private String traceId = "trace_id";

	/**
	 * Key of the current span id. "spanId" keeps patterns written for Micrometer Tracing's MDC
	 * working.
	 */
	private String spanId = "span_id";

	/**
	 * Key of the current trace flags ("01" when sampled, "03" when the trace id is also random).
	 */
	private String traceFlags = "trace_flags";

	public String getTraceId() {
		return this.traceId;
	}

	public void setTraceId(String traceId) {
		this.traceId = traceId;
	}

	public String getSpanId() {
		return this.spanId;
	}

	public void setSpanId(String spanId) {
		this.spanId = spanId;
	}

	public String getTraceFlags() {
		return this.traceFlags;
	}

	public void setTraceFlags(String traceFlags) {
		this.traceFlags = traceFlags;
	}

	CorrelationKeys toKeys() {
		return new CorrelationKeys(this.traceId, this.spanId, this.traceFlags);
	}

}
