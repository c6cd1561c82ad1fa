package dev.otelspring.autoconfigure.context;

import java.util.concurrent.TimeUnit;

import dev.otelspring.autoconfigure.context.TracedApps.AsyncWorker;
import dev.otelspring.autoconfigure.context.TracedApps.Made;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

import static dev.otelspring.autoconfigure.context.TracedApps.awaitSpan;
import static org.assertj.core.api.Assertions.assertThat;

/** The executors switch really is the thing that carries the trace into {@code @Async}. */
class ExecutorsSwitchedOffTests {

	@Test
	void asyncSpanStartsItsOwnTraceWhenExecutorsInstrumentationIsOff() throws Exception {
		try (OtlpTestReceiver receiver = OtlpTestReceiver.start();
				ConfigurableApplicationContext context = TracedApps.start(receiver, TracedApps.BaseApp.class,
						"otel.instrumentation.executors.enabled=false")) {
			assertThat(context.getBeanProvider(ContextPropagatingTaskDecorator.class).getIfAvailable()).isNull();
			Tracer tracer = TracedApps.tracer(context);
			Span caller = tracer.spanBuilder("async-caller").startSpan();
			Made child;
			try (Scope scope = caller.makeCurrent()) {
				child = context.getBean(AsyncWorker.class).work("unparented-child").get(10, TimeUnit.SECONDS);
			}
			finally {
				caller.end();
			}
			ReceivedSpan exported = awaitSpan(receiver, child.spanId());
			assertThat(exported.isRoot()).as("async span %s is a root span", exported).isTrue();
			assertThat(exported.traceId()).isNotEqualTo(caller.getSpanContext().getTraceId());
		}
	}

}
