package dev.otelspring.autoconfigure.context;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenTelemetryContextAccessorTests {

	private static final SpanContext CALLER = span("b7ad6b7169203331");

	private static final SpanContext WORKER_OWN = span("00f067aa0ba902b7");

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopWorker() {
		this.worker.shutdownNow();
	}

	@Test
	void isRegisteredWithMicrometersContextRegistry() {
		assertThat(ContextRegistry.getInstance().getThreadLocalAccessors())
			.anyMatch(OpenTelemetryContextAccessor.class::isInstance);
	}

	@Test
	void wrappedRunnableSeesTheCallersSpanOnAnotherThreadAndLeavesNothingBehind() throws Exception {
		SpanContext[] seen = new SpanContext[1];
		Thread[] ranOn = new Thread[1];
		Runnable wrapped;
		try (Scope scope = Span.wrap(CALLER).makeCurrent()) {
			wrapped = ContextSnapshotFactory.builder().build().captureAll().wrap(() -> {
				seen[0] = Span.current().getSpanContext();
				ranOn[0] = Thread.currentThread();
			});
		}
		this.worker.submit(wrapped).get(5, TimeUnit.SECONDS);
		assertThat(ranOn[0]).isNotSameAs(Thread.currentThread());
		assertThat(seen[0]).isEqualTo(CALLER);
		assertThat(onWorker(Context::current)).isSameAs(Context.root());
	}

	@Test
	void restoresTheWorkersOwnContextAfterwards() throws Exception {
		Scope[] workerScope = new Scope[1];
		onWorker(() -> workerScope[0] = Span.wrap(WORKER_OWN).makeCurrent());
		ContextSnapshot snapshot;
		try (Scope scope = Span.wrap(CALLER).makeCurrent()) {
			snapshot = ContextSnapshotFactory.builder().build().captureAll();
		}
		assertThat(onWorker(snapshot.wrap(() -> Span.current().getSpanContext()))).isEqualTo(CALLER);
		assertThat(onWorker(() -> Span.current().getSpanContext())).isEqualTo(WORKER_OWN);
		onWorker(() -> {
			workerScope[0].close();
			return null;
		});
	}

	@Test
	void rootContextIsNotCapturedAndClearMissingRunsOnRoot() throws Exception {
		ContextSnapshot empty = ContextSnapshotFactory.builder().clearMissing(true).build().captureAll();
		assertThat(new OpenTelemetryContextAccessor().getValue()).isNull();
		Scope[] workerScope = new Scope[1];
		onWorker(() -> workerScope[0] = Span.wrap(WORKER_OWN).makeCurrent());
		assertThat(onWorker(empty.wrap(Context::current))).isSameAs(Context.root());
		assertThat(onWorker(() -> Span.current().getSpanContext())).isEqualTo(WORKER_OWN);
		onWorker(() -> {
			workerScope[0].close();
			return null;
		});
	}

	private <T> T onWorker(Callable<T> task) throws Exception {
		return this.worker.submit(task).get(5, TimeUnit.SECONDS);
	}

	private static SpanContext span(String spanId) {
		return SpanContext.create("0af7651916cd43dd8448eb211c80319c", spanId, TraceFlags.getSampled(),
				TraceState.getDefault());
	}

}
