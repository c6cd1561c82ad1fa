package dev.otelspring.autoconfigure.sdk;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.extension.trace.propagation.B3Propagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenTelemetrySdkAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class))
		.withPropertyValues("otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none");

	@Test
	void buildsOneSdkNamedAfterTheApplication() {
		this.runner.withPropertyValues("spring.application.name=checkout", "otel.resource.attributes=team=payments")
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenTelemetry.class);
				OpenTelemetrySdk sdk = context.getBean(OpenTelemetrySdk.class);
				String resource = sdk.getSdkTracerProvider().toString();
				assertThat(resource).contains("service.name=\"checkout\"").contains("team=\"payments\"");
			});
	}

	@Test
	void defaultPropagatorsAreTraceContextAndBaggage() {
		this.runner.run((context) -> assertThat(context.getBean(OpenTelemetry.class).getPropagators()
			.getTextMapPropagator()
			.fields()).contains("traceparent", "tracestate", "baggage").doesNotContain("b3"));
	}

	@Test
	void propagatorsComeFromOtelPropagators() {
		this.runner.withPropertyValues("otel.propagators=b3multi,tracecontext")
			.run((context) -> assertThat(context.getBean(OpenTelemetry.class).getPropagators()
				.getTextMapPropagator()
				.fields()).contains("X-B3-TraceId", "traceparent").doesNotContain("baggage"));
	}

	@Test
	void samplerRatioIsHonoured() {
		this.runner.withPropertyValues("otel.traces.sampler=traceidratio", "otel.traces.sampler.arg=0.25")
			.run((context) -> assertThat(context.getBean(OpenTelemetrySdk.class).getSdkTracerProvider().getSampler()
				.getDescription()).contains("TraceIdRatioBased{0.250000}"));
	}

	@Test
	void sdkDisabledGivesTheNoopOpenTelemetry() {
		this.runner.withPropertyValues("otel.sdk.disabled=true").run((context) -> {
			assertThat(context).hasSingleBean(OpenTelemetry.class).doesNotHaveBean(OpenTelemetrySdk.class);
			assertThat(context.getBean(OpenTelemetry.class)).isSameAs(OpenTelemetry.noop());
		});
	}

	@Test
	void userOpenTelemetryBeanWins() {
		this.runner.withUserConfiguration(UserOpenTelemetry.class).run((context) -> {
			assertThat(context).hasSingleBean(OpenTelemetry.class);
			assertThat(context.getBean(OpenTelemetry.class)).isSameAs(UserOpenTelemetry.INSTANCE);
		});
	}

	@Test
	void userSamplerWins() {
		this.runner.withUserConfiguration(UserSampler.class)
			.run((context) -> assertThat(context.getBean(OpenTelemetrySdk.class).getSdkTracerProvider().getSampler())
				.isSameAs(UserSampler.SAMPLER));
	}

	@Test
	void userSpanExporterReceivesTheSpans() {
		this.runner.withUserConfiguration(UserExporter.class)
			.withPropertyValues("otel.traces.exporter=otlp", "otel.bsp.schedule.delay=10")
			.run((context) -> {
				OpenTelemetrySdk sdk = context.getBean(OpenTelemetrySdk.class);
				sdk.getTracer("test").spanBuilder("work").startSpan().end();
				sdk.getSdkTracerProvider().forceFlush().join(5, java.util.concurrent.TimeUnit.SECONDS);
				assertThat(context.getBean(InMemorySpanExporter.class).getFinishedSpanItems())
					.extracting("name")
					.containsExactly("work");
				// The otlp exporter that otel.traces.exporter named is replaced, not added.
				assertThat(sdk.getSdkTracerProvider().toString()).doesNotContain("OtlpHttpSpanExporter");
			});
	}

	@Test
	void userTracerProviderWins() {
		this.runner.withUserConfiguration(UserTracerProvider.class).run((context) -> {
			OpenTelemetrySdk sdk = context.getBean(OpenTelemetrySdk.class);
			assertThat(sdk.getSdkTracerProvider()).isSameAs(context.getBean(SdkTracerProvider.class));
		});
	}

	@Test
	void userPropagatorsWin() {
		this.runner.withBean(ContextPropagators.class, () -> ContextPropagators.create(B3Propagator.injectingSingleHeader()))
			.run((context) -> assertThat(
					context.getBean(OpenTelemetry.class).getPropagators().getTextMapPropagator().fields())
				.containsExactly("b3"));
	}

	@Test
	void withoutTheSdkOnTheClasspathNothingIsConfigured() {
		this.runner.withClassLoader(new FilteredClassLoader(OpenTelemetrySdk.class))
			.run((context) -> assertThat(context).doesNotHaveBean(OpenTelemetry.class));
	}

	@Test
	void closingTheContextFlushesEndedSpans() {
		// Unlike InMemorySpanExporter, keeps what it got after shutdown.
		List<SpanData> exported = new CopyOnWriteArrayList<>();
		SpanExporter exporter = new SpanExporter() {
			@Override
			public CompletableResultCode export(Collection<SpanData> spans) {
				exported.addAll(spans);
				return CompletableResultCode.ofSuccess();
			}

			@Override
			public CompletableResultCode flush() {
				return CompletableResultCode.ofSuccess();
			}

			@Override
			public CompletableResultCode shutdown() {
				return CompletableResultCode.ofSuccess();
			}
		};
		this.runner.withBean(SpanExporter.class, () -> exporter)
			// A long delay: only the shutdown flush can deliver these spans.
			.withPropertyValues("otel.bsp.schedule.delay=60000")
			.run((context) -> {
				OpenTelemetry otel = context.getBean(OpenTelemetry.class);
				for (int i = 0; i < 25; i++) {
					Span span = otel.getTracer("test").spanBuilder("span-" + i).startSpan();
					span.end();
				}
				assertThat(exported).isEmpty();
			});
		assertThat(exported).hasSize(25);
	}

	@Configuration(proxyBeanMethods = false)
	static class UserOpenTelemetry {

		static final OpenTelemetry INSTANCE = OpenTelemetry.propagating(ContextPropagators.noop());

		@Bean
		OpenTelemetry userOpenTelemetry() {
			return INSTANCE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserSampler {

		static final Sampler SAMPLER = Sampler.alwaysOff();

		@Bean
		Sampler userSampler() {
			return SAMPLER;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserExporter {

		@Bean
		InMemorySpanExporter userExporter() {
			return InMemorySpanExporter.create();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTracerProvider {

		@Bean
		SdkTracerProvider userTracerProvider() {
			return SdkTracerProvider.builder()
				.addSpanProcessor(SimpleSpanProcessor.create(InMemorySpanExporter.create()))
				.build();
		}

	}

}
