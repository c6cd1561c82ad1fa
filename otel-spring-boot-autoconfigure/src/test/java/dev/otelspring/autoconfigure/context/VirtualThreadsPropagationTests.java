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
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static dev.otelspring.autoconfigure.context.TracedApps.awaitSpan;
import static org.assertj.core.api.Assertions.assertThat;

/** With virtual threads Boot's executor is a {@link SimpleAsyncTaskExecutor}: the trace still carries. */
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadsPropagationTests {

	@Test
	void applicationTaskExecutorAndAsyncRunOnVirtualThreadsInTheCallersTrace() throws Exception {
		try (OtlpTestReceiver receiver = OtlpTestReceiver.start();
				ConfigurableApplicationContext context = TracedApps.start(receiver, TracedApps.BaseApp.class,
						"spring.threads.virtual.enabled=true")) {
			SimpleAsyncTaskExecutor executor = context.getBean("applicationTaskExecutor",
					SimpleAsyncTaskExecutor.class);
			Tracer tracer = TracedApps.tracer(context);
			Span caller = tracer.spanBuilder("virtual-caller").startSpan();
			Made submitted;
			Made async;
			try (Scope scope = caller.makeCurrent()) {
				submitted = executor.submit(() -> Made.span(tracer, "virtual-submitted")).get(10, TimeUnit.SECONDS);
				async = context.getBean(AsyncWorker.class).work("virtual-async").get(10, TimeUnit.SECONDS);
			}
			finally {
				caller.end();
			}
			for (Made child : new Made[] { submitted, async }) {
				assertThat(child.virtual()).as("%s ran on a virtual thread", child).isTrue();
				ReceivedSpan exported = awaitSpan(receiver, child.spanId());
				assertThat(exported.parentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
				assertThat(exported.traceId()).isEqualTo(caller.getSpanContext().getTraceId());
			}
		}
	}

}
