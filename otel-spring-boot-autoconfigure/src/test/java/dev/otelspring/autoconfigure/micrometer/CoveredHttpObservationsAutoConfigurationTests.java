package dev.otelspring.autoconfigure.micrometer;

import java.net.URI;

import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Observations the registry Boot builds still makes, with our library instrumentations on
 * this module's classpath (so Spring MVC and RestClient exchanges are covered).
 */
class CoveredHttpObservationsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				MicrometerTracingBridgeAutoConfiguration.class, CoveredHttpObservationsAutoConfiguration.class,
				ObservationAutoConfiguration.class, MicrometerTracingAutoConfiguration.class))
		.withPropertyValues("otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none");

	private final ApplicationContextRunner withMetrics = this.runner
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

	@Test
	void withoutAMeterHandlerCoveredServerAndClientObservationsAreNoops() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(MeterRegistry.class);
			assertThat(server(context).isNoop()).isTrue();
			assertThat(client(context).isNoop()).isTrue();
		});
	}

	@Test
	void observationsNoLibraryCoversStillRun() {
		this.runner.run((context) -> assertThat(
				Observation.createNotStarted("user.work", context.getBean(ObservationRegistry.class)).isNoop())
			.isFalse());
	}

	@Test
	void withAMeterRegistryCoveredObservationsRunAndTimeTheExchange() {
		this.withMetrics.run((context) -> {
			assertThat(client(context).isNoop()).isFalse();
			ServerRequestObservationContext exchange = serverContext();
			Observation server = Observation.createNotStarted(null, new DefaultServerRequestObservationConvention(),
					() -> exchange, context.getBean(ObservationRegistry.class));
			assertThat(server.isNoop()).isFalse();
			server.start().stop();
			assertThat(context.getBean(MeterRegistry.class).get("http.server.requests").timer().count())
				.isEqualTo(1);
		});
	}

	@Test
	void anExchangeWhoseLibraryIsSwitchedOffKeepsItsObservation() {
		this.runner.withPropertyValues("otel.instrumentation.spring-webmvc.enabled=false").run((context) -> {
			assertThat(server(context).isNoop()).isFalse();
			assertThat(client(context).isNoop()).isTrue();
		});
	}

	@Test
	void aHandlerBeanOfTheApplicationKeepsTheObservationsItSupports() {
		this.runner.withUserConfiguration(ServerOnlyHandler.class).run((context) -> {
			assertThat(server(context).isNoop()).isFalse();
			assertThat(client(context).isNoop()).isTrue();
		});
	}

	@Test
	void aTracingHandlerOrderedBeforeOursKeepsTheObservations() {
		this.runner.withUserConfiguration(EarlierTracingHandler.class)
			.run((context) -> assertThat(server(context).isNoop()).isFalse());
	}

	@Test
	void aTracingHandlerOrderedAfterOursNeverSeesCoveredObservations() {
		this.runner.withUserConfiguration(LaterTracingHandler.class)
			.run((context) -> assertThat(server(context).isNoop()).isTrue());
	}

	@Test
	void aBeanOfThePredicatesNameReplacesIt() {
		this.runner.withUserConfiguration(KeepEverything.class).run((context) -> {
			assertThat(context).doesNotHaveBean(CoveredHttpObservationPredicate.class);
			assertThat(server(context).isNoop()).isFalse();
		});
	}

	@Test
	void switchedOffWithTheMicrometerBridge() {
		this.runner.withPropertyValues("otel.instrumentation.micrometer-tracing.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CoveredHttpObservationPredicate.class));
	}

	private static Observation server(AssertableApplicationContext context) {
		ServerRequestObservationContext exchange = serverContext();
		return Observation.createNotStarted("http.server.requests", () -> exchange,
				context.getBean(ObservationRegistry.class));
	}

	private static ServerRequestObservationContext serverContext() {
		return new ServerRequestObservationContext(new MockHttpServletRequest("GET", "/items/1"),
				new MockHttpServletResponse());
	}

	private static Observation client(AssertableApplicationContext context) {
		ClientRequestObservationContext exchange = new ClientRequestObservationContext(
				new MockClientHttpRequest(HttpMethod.GET, URI.create("http://localhost/prices")));
		return Observation.createNotStarted("http.client.requests", () -> exchange,
				context.getBean(ObservationRegistry.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class ServerOnlyHandler {

		@Bean
		ObservationHandler<ServerRequestObservationContext> auditingHandler() {
			return (context) -> context instanceof ServerRequestObservationContext;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EarlierTracingHandler {

		@Bean
		@Order(LibrarySpanTracingHandler.ORDER - 1)
		DefaultTracingObservationHandler earlierTracingHandler(Tracer tracer) {
			return new DefaultTracingObservationHandler(tracer);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LaterTracingHandler {

		@Bean
		@Order(LibrarySpanTracingHandler.ORDER + 1)
		DefaultTracingObservationHandler laterTracingHandler(Tracer tracer) {
			return new DefaultTracingObservationHandler(tracer);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class KeepEverything {

		@Bean(CoveredHttpObservationsAutoConfiguration.PREDICATE_BEAN_NAME)
		ObservationPredicate keepEverything() {
			return (name, context) -> true;
		}

	}

}
