package dev.otelspring.reliability;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.opentelemetry.sdk.autoconfigure.spi.AutoConfigurationCustomizerProvider;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.servlet.Filter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Records which threads served requests and which threads called the span and log exporters.
 * <p>
 * Why: "a broken backend never slows a request" holds exactly when no request thread ever waits
 * on an export. That is checked here by thread identity, which does not depend on the speed of
 * the machine, rather than by comparing latencies, which does. A synchronous pipeline (a simple
 * processor, or a batch processor that blocks when full) exports on the request thread and is
 * caught at once.
 */
@Configuration(proxyBeanMethods = false)
class ExportThreads {

	static final Set<String> requestThreads = ConcurrentHashMap.newKeySet();

	static final Set<String> exportThreads = ConcurrentHashMap.newKeySet();

	static void clear() {
		requestThreads.clear();
		exportThreads.clear();
	}

	@Bean
	Filter recordRequestThreads() {
		return (request, response, chain) -> {
			requestThreads.add(Thread.currentThread().getName());
			chain.doFilter(request, response);
		};
	}

	// First, so that the starter's own exporter wrappers stay outermost, as they expect.
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	AutoConfigurationCustomizerProvider recordExportThreads() {
		return (sdk) -> sdk.addSpanExporterCustomizer((exporter, config) -> new Spans(exporter))
			.addLogRecordExporterCustomizer((exporter, config) -> new Logs(exporter));
	}

	private static void record() {
		exportThreads.add(Thread.currentThread().getName());
	}

	private record Spans(SpanExporter delegate) implements SpanExporter {

		@Override
		public CompletableResultCode export(Collection<SpanData> spans) {
			record();
			return this.delegate.export(spans);
		}

		@Override
		public CompletableResultCode flush() {
			return this.delegate.flush();
		}

		@Override
		public CompletableResultCode shutdown() {
			return this.delegate.shutdown();
		}

	}

	private record Logs(LogRecordExporter delegate) implements LogRecordExporter {

		@Override
		public CompletableResultCode export(Collection<LogRecordData> logs) {
			record();
			return this.delegate.export(logs);
		}

		@Override
		public CompletableResultCode flush() {
			return this.delegate.flush();
		}

		@Override
		public CompletableResultCode shutdown() {
			return this.delegate.shutdown();
		}

	}

}
