package dev.otelspring.autoconfigure.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * A span exporter standing for a backend that does not answer until the test opens the gate:
 * every export before that stays pending, as an export to a black-holed collector does.
 */
final class GatedSpanExporter implements SpanExporter {

	private final List<SpanData> exported = new ArrayList<>();

	private final List<Runnable> pending = new ArrayList<>();

	private boolean open;

	@Override
	public synchronized CompletableResultCode export(Collection<SpanData> spans) {
		CompletableResultCode result = new CompletableResultCode();
		List<SpanData> batch = List.copyOf(spans);
		Runnable answer = () -> {
			this.exported.addAll(batch);
			result.succeed();
		};
		if (this.open) {
			answer.run();
		}
		else {
			this.pending.add(answer);
		}
		return result;
	}

	synchronized void open() {
		this.open = true;
		this.pending.forEach(Runnable::run);
		this.pending.clear();
	}

	synchronized int exported() {
		return this.exported.size();
	}

	@Override
	public CompletableResultCode flush() {
		return CompletableResultCode.ofSuccess();
	}

	@Override
	public CompletableResultCode shutdown() {
		return CompletableResultCode.ofSuccess();
	}

}
