package dev.otelspring.benchmarks.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.otelspring.autoconfigure.micrometer.CoveredHttpObservationsAutoConfiguration;
import dev.otelspring.autoconfigure.micrometer.MicrometerTracingBridgeAutoConfiguration;
import dev.otelspring.benchmarks.StarterContext;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What Spring's {@code http.server.requests} Observation adds to a Spring MVC request that our
 * library already spans, in an application without a meter handler (no actuator): Boot's
 * {@code ServerHttpObservationFilter} around an empty chain, on a mock exchange, inside a current
 * SERVER span of our SDK, which every variant starts and ends alike. {@code spanOnly}: no filter.
 * {@code skipped}: the filter with the registry our auto-configurations build, where
 * {@code CoveredHttpObservationPredicate} makes the Observation a no-op. {@code observed}: the same
 * with the predicate replaced by one that keeps every Observation, as before issue #8, so the
 * Observation runs and {@code LibrarySpanTracingHandler} adopts the span.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HttpObservationBenchmark {

	private static final FilterChain EMPTY_CHAIN = (request, response) -> {
	};

	@Benchmark
	public MockHttpServletResponse spanOnly(Exchanges exchanges) throws ServletException, IOException {
		return exchanges.serve(null);
	}

	@Benchmark
	public MockHttpServletResponse skipped(Exchanges exchanges) throws ServletException, IOException {
		return exchanges.serve(exchanges.skipping);
	}

	@Benchmark
	public MockHttpServletResponse observed(Exchanges exchanges) throws ServletException, IOException {
		return exchanges.serve(exchanges.observing);
	}

	@State(org.openjdk.jmh.annotations.Scope.Benchmark)
	public static class Exchanges {

		StarterContext skippingContext;

		StarterContext observingContext;

		Tracer tracer;

		ServerHttpObservationFilter skipping;

		ServerHttpObservationFilter observing;

		@Setup
		public void start() {
			Map<String, Object> properties = Map.of();
			this.skippingContext = StarterContext.start(properties, StarterContext.DiscardingTelemetry.class,
					Observations.class);
			this.observingContext = StarterContext.start(properties, StarterContext.DiscardingTelemetry.class,
					Observations.class, KeepEveryObservation.class);
			this.tracer = this.skippingContext.openTelemetry().getTracer("dev.otelspring.benchmarks");
			this.skipping = new ServerHttpObservationFilter(this.skippingContext.bean(ObservationRegistry.class));
			this.observing = new ServerHttpObservationFilter(
					this.observingContext.bean(ObservationRegistry.class));
		}

		@TearDown
		public void stop() {
			this.skippingContext.close();
			this.observingContext.close();
		}

		// The span, as the library filter makes it, is current for the Observation to adopt.
		MockHttpServletResponse serve(ServerHttpObservationFilter filter) throws ServletException, IOException {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/items/1");
			MockHttpServletResponse response = new MockHttpServletResponse();
			Span span = this.tracer.spanBuilder("GET /items/{id}").setSpanKind(SpanKind.SERVER).startSpan();
			try (Scope scope = span.makeCurrent()) {
				if (filter != null) {
					filter.doFilter(request, response, EMPTY_CHAIN);
				}
			}
			finally {
				span.end();
			}
			return response;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ MicrometerTracingBridgeAutoConfiguration.class,
			CoveredHttpObservationsAutoConfiguration.class, ObservationAutoConfiguration.class,
			MicrometerTracingAutoConfiguration.class })
	static class Observations {

	}

	@Configuration(proxyBeanMethods = false)
	static class KeepEveryObservation {

		@Bean(CoveredHttpObservationsAutoConfiguration.PREDICATE_BEAN_NAME)
		ObservationPredicate keepEveryObservation() {
			return (name, context) -> true;
		}

	}

}
