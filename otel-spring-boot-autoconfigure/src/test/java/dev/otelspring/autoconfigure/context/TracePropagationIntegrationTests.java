package dev.otelspring.autoconfigure.context;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.otelspring.autoconfigure.context.TracedApps.AsyncWorker;
import dev.otelspring.autoconfigure.context.TracedApps.Made;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static dev.otelspring.autoconfigure.context.TracedApps.TIMEOUT;
import static dev.otelspring.autoconfigure.context.TracedApps.awaitSpan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace follows the work across threads in a real application, as seen in the spans the
 * receiver decoded: one context for every test, to keep the run short.
 */
class TracePropagationIntegrationTests {

	private static final String SCHEDULED_CHILD = "scheduled-work";

	private static OtlpTestReceiver receiver;

	private static ConfigurableApplicationContext context;

	private static Tracer tracer;

	@BeforeAll
	static void startApplication() {
		receiver = OtlpTestReceiver.start();
		context = TracedApps.start(receiver, App.class);
		tracer = TracedApps.tracer(context);
	}

	@AfterAll
	static void stopApplication() {
		try {
			if (context != null) {
				context.close();
			}
		}
		finally {
			receiver.close();
		}
	}

	@Test
	void asyncMethodSpanIsChildOfCallersSpan() throws Exception {
		Span caller = tracer.spanBuilder("async-caller").startSpan();
		Made child;
		try (Scope scope = caller.makeCurrent()) {
			child = context.getBean(AsyncWorker.class).work("async-child").get(10, TimeUnit.SECONDS);
		}
		finally {
			caller.end();
		}
		assertThat(child.threadName()).isNotEqualTo(Thread.currentThread().getName());
		assertChildOf(child, caller);
	}

	@Test
	void applicationTaskExecutorSubmitKeepsTheParent() throws Exception {
		ThreadPoolTaskExecutor executor = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
		Span caller = tracer.spanBuilder("submit-caller").startSpan();
		Made child;
		try (Scope scope = caller.makeCurrent()) {
			child = executor.submit(() -> Made.span(tracer, "submitted-child")).get(10, TimeUnit.SECONDS);
		}
		finally {
			caller.end();
		}
		assertThat(child.threadName()).isNotEqualTo(Thread.currentThread().getName()).startsWith("task-");
		assertChildOf(child, caller);
		// Spring's decorator is what carries the context, and it is there by our default alone.
		assertThat(context.getBeanProvider(ContextPropagatingTaskDecorator.class).getIfAvailable()).isNotNull();
	}

	@Test
	void reactorOperatorsOnOtherThreadsKeepTheParent() {
		Span caller = tracer.spanBuilder("reactor-caller").startSpan();
		List<Made> children;
		try (Scope scope = caller.makeCurrent()) {
			Mono<Made> published = Mono.just(1)
				.publishOn(Schedulers.boundedElastic())
				.map((i) -> Made.span(tracer, "reactor-publish-on"));
			Mono<Made> delayed = Mono.just(1)
				.delayElement(Duration.ofMillis(5))
				.map((i) -> Made.span(tracer, "reactor-delay-element"));
			children = List.of(published.block(TIMEOUT), delayed.block(TIMEOUT));
		}
		finally {
			caller.end();
		}
		assertThat(children.get(0).threadName()).startsWith("boundedElastic-");
		assertThat(children.get(1).threadName()).startsWith("parallel-");
		children.forEach((child) -> assertChildOf(child, caller));
	}

	@Test
	void eachScheduledRunIsItsOwnTraceWithSpansMadeInsideAsChildren() {
		List<ReceivedSpan> received = receiver.awaitSpans((spans) -> scheduledRuns(spans).size() >= 2, TIMEOUT);
		List<ReceivedSpan> runs = scheduledRuns(received);
		Map<String, ReceivedSpan> byId = byId(received);
		for (ReceivedSpan run : runs) {
			assertThat(run.isRoot()).as("scheduled run %s is a root span", run).isTrue();
			assertThat(run.name()).isEqualTo("task scheduledWorker.run");
			assertThat(run.attribute("code.function")).isEqualTo("run");
			ReceivedSpan child = received.stream()
				.filter((span) -> span.name().equals(SCHEDULED_CHILD) && span.parentSpanId().equals(run.spanId()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no " + SCHEDULED_CHILD + " child of " + run + " in " + byId));
			assertThat(child.traceId()).isEqualTo(run.traceId());
		}
		assertThat(runs).extracting(ReceivedSpan::traceId).doesNotHaveDuplicates();
	}

	@Test
	void observationInsideAnOtelSpanIsItsChildAndParentsOtelSpansInside() {
		ObservationRegistry registry = context.getBean(ObservationRegistry.class);
		Span outer = tracer.spanBuilder("otel-outer").startSpan();
		Made[] inner = new Made[1];
		try (Scope scope = outer.makeCurrent()) {
			Observation.createNotStarted("user.observation", registry)
				.observe(() -> inner[0] = Made.span(tracer, "otel-inside-observation"));
		}
		finally {
			outer.end();
		}
		ReceivedSpan innerSpan = awaitSpan(receiver, inner[0].spanId());
		ReceivedSpan observation = awaitSpan(receiver, innerSpan.parentSpanId());
		assertThat(observation.name()).isEqualTo("user.observation");
		assertThat(observation.parentSpanId()).isEqualTo(outer.getSpanContext().getSpanId());
		assertThat(observation.traceId()).isEqualTo(outer.getSpanContext().getTraceId());
	}

	@Test
	void otelSpanMadeCurrentInsideAnObservationStaysTheParentAcrossAsync() throws Exception {
		ObservationRegistry registry = context.getBean(ObservationRegistry.class);
		Observation observation = Observation.start("observed.caller", registry);
		Span caller;
		Made child;
		try (Observation.Scope observationScope = observation.openScope()) {
			caller = tracer.spanBuilder("otel-inside-observation-caller").startSpan();
			try (Scope scope = caller.makeCurrent()) {
				child = context.getBean(AsyncWorker.class).work("async-child-of-otel-span").get(10, TimeUnit.SECONDS);
			}
			finally {
				caller.end();
			}
		}
		finally {
			observation.stop();
		}
		assertChildOf(child, caller);
	}

	private static void assertChildOf(Made child, Span parent) {
		ReceivedSpan exported = awaitSpan(receiver, child.spanId());
		ReceivedSpan exportedParent = awaitSpan(receiver, parent.getSpanContext().getSpanId());
		assertThat(exported.parentSpanId()).as("parent of %s (expected %s, was %s)", exported.name(),
				exportedParent.name(), nameOf(exported.parentSpanId()))
			.isEqualTo(exportedParent.spanId());
		assertThat(exported.traceId()).isEqualTo(exportedParent.traceId());
	}

	private static String nameOf(String spanId) {
		return receiver.spans().stream().filter((span) -> span.spanId().equals(spanId)).map(ReceivedSpan::name)
			.findFirst().orElse(spanId.isEmpty() ? "no parent" : "not exported");
	}

	private static List<ReceivedSpan> scheduledRuns(List<ReceivedSpan> spans) {
		Map<String, ReceivedSpan> byId = byId(spans);
		return spans.stream()
			.filter((span) -> span.name().equals(SCHEDULED_CHILD))
			.map((child) -> byId.get(child.parentSpanId()))
			.filter((run) -> run != null)
			.distinct()
			.toList();
	}

	private static Map<String, ReceivedSpan> byId(List<ReceivedSpan> spans) {
		return spans.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@Import(TracedApps.BaseApp.class)
	static class App {

		@Bean
		ScheduledWorker scheduledWorker(OpenTelemetry openTelemetry) {
			return new ScheduledWorker(openTelemetry.getTracer("dev.otelspring.context-tests"));
		}

	}

	static class ScheduledWorker {

		private final Tracer tracer;

		ScheduledWorker(Tracer tracer) {
			this.tracer = tracer;
		}

		@Scheduled(fixedDelay = 100)
		void run() {
			Made.span(this.tracer, SCHEDULED_CHILD);
		}

	}

}
