package dev.otelspring.autoconfigure.context;

import java.util.List;

import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.opentelemetry.instrumentation.reactor.v3_1.ContextPropagationOperator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static dev.otelspring.autoconfigure.context.TracedApps.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

class ContextPropagationAutoConfigurationTests {

	private static final SpanContext SPAN = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
			TraceFlags.getSampled(), TraceState.getDefault());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				ContextPropagationAutoConfiguration.class))
		.withPropertyValues("otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none");

	@Test
	void registersTheReactorHookThatCarriesTheSpanAcrossSchedulers() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ReactorContextPropagationHook.class);
			assertThat(spanSeenOnAnotherScheduler()).isEqualTo(SPAN);
		});
		// Closing the context removes the global hook: nothing of ours stays behind in Reactor.
		assertThat(spanSeenOnAnotherScheduler()).isEqualTo(SpanContext.getInvalid());
	}

	@Test
	void noHookWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.reactor.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(ReactorContextPropagationHook.class);
			assertThat(spanSeenOnAnotherScheduler()).isEqualTo(SpanContext.getInvalid());
		});
	}

	@Test
	void noHookWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ReactorContextPropagationHook.class));
	}

	@Test
	void noHookWithoutReactor() {
		this.runner.withClassLoader(new FilteredClassLoader(Hooks.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactorContextPropagationHook.class));
	}

	@Test
	void noHookWithoutTheOpenTelemetryReactorLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(ContextPropagationOperator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ReactorContextPropagationHook.class));
	}

	@Test
	void closingOneApplicationKeepsTheHookOfAnotherStillRunning() {
		this.runner.run((first) -> {
			ConfigurableApplicationContext[] second = new ConfigurableApplicationContext[1];
			this.runner.run((context) -> {
				second[0] = context;
				assertThat(context).hasSingleBean(ReactorContextPropagationHook.class);
			});
			// The second application is closed here; the first one must still propagate.
			assertThat(second[0].isActive()).isFalse();
			assertThat(spanSeenOnAnotherScheduler()).isEqualTo(SPAN);
		});
		assertThat(spanSeenOnAnotherScheduler()).isEqualTo(SpanContext.getInvalid());
	}

	@Test
	void putsTheOpenTelemetryAccessorAfterTheObservationAccessor() {
		ContextRegistry registry = ContextRegistry.getInstance();
		// The order META-INF/services gives when our jar (here target/classes) comes first.
		registry.registerThreadLocalAccessor(accessor(ObservationThreadLocalAccessor.class));
		assertThat(indexOf(OpenTelemetryContextAccessor.class)).isLessThan(indexOf(ObservationThreadLocalAccessor.class));
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ContextAccessorOrdering.class);
			assertThat(indexOf(OpenTelemetryContextAccessor.class))
				.isGreaterThan(indexOf(ObservationThreadLocalAccessor.class));
		});
	}

	@Test
	void leavesTheRegistryAloneWithoutContextPropagation() {
		this.runner.withClassLoader(new FilteredClassLoader(ContextRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ContextAccessorOrdering.class));
	}

	@Test
	void doesNotBringBackAnAccessorTheUserRemoved() {
		ContextRegistry registry = new ContextRegistry();
		new ContextAccessorOrdering(registry);
		assertThat(registry.getThreadLocalAccessors()).isEmpty();
	}

	private static int indexOf(Class<?> accessorType) {
		return ContextRegistry.getInstance().getThreadLocalAccessors().indexOf(accessor(accessorType));
	}

	private static ThreadLocalAccessor<?> accessor(Class<?> accessorType) {
		List<ThreadLocalAccessor<?>> accessors = ContextRegistry.getInstance().getThreadLocalAccessors();
		return accessors.stream()
			.filter(accessorType::isInstance)
			.findFirst()
			.orElseThrow(() -> new AssertionError(accessorType + " not registered in " + accessors));
	}

	/** The span current inside a {@code map} that runs on another thread than the subscriber's. */
	private static SpanContext spanSeenOnAnotherScheduler() {
		try (Scope scope = Span.wrap(SPAN).makeCurrent()) {
			return Mono.just(1)
				.publishOn(Schedulers.boundedElastic())
				.map((i) -> Span.current().getSpanContext())
				.block(TIMEOUT);
		}
	}

}
