package dev.otelspring.autoconfigure.spanmetrics;

import java.util.Collection;

import dev.otelspring.autoconfigure.sdk.InvalidOtelPropertyException;
import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SpanMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class, SpanMetricsAutoConfiguration.class))
		.withUserConfiguration(MetricReaderConfiguration.class)
		.withPropertyValues("otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none",
				"otel.traces.sampler=parentbased_traceidratio", "otel.traces.sampler.arg=0.1");

	@Test
	void onByDefaultCountingTheSpansThatTheSamplerDrops() {
		this.runner.run((context) -> {
			assertThat(sampler(context.getBean(OpenTelemetrySdk.class)))
				.startsWith("RecordUnsampled{ParentBased{root:TraceIdRatioBased{0.100000}");
			assertThat(callsOf(context.getBean(OpenTelemetry.class), context.getBean(InMemoryMetricReader.class)))
				.isEqualTo(50);
		});
	}

	@Test
	void ownMeterProviderGetsAWarningNamingItInsteadOfSilentlyEmptyMetrics(CapturedOutput output) {
		this.runner.withBean("shopMeterProvider", SdkMeterProvider.class, () -> SdkMeterProvider.builder().build())
			.run((context) -> assertThat(output).contains("Span metrics are on (otel.span-metrics.enabled) but record "
					+ "nothing: the application declares its own SdkMeterProvider bean 'shopMeterProvider'"));
	}

	@Test
	void noWarningWithTheProvidersThatOtelPropertiesBuild(CapturedOutput output) {
		this.runner.run((context) -> assertThat(output).doesNotContain("Span metrics are on"));
	}

	@Test
	void switchedOffLeavesTheSamplerAndTheMetersAlone() {
		this.runner.withPropertyValues("otel.span-metrics.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SpanMetricsCustomizer.class);
			assertThat(sampler(context.getBean(OpenTelemetrySdk.class))).startsWith("ParentBased{");
			assertThat(callsOf(context.getBean(OpenTelemetry.class), context.getBean(InMemoryMetricReader.class)))
				.isZero();
		});
	}

	@Test
	void aSamplerBeanOfTheUsersIsWrappedToo() {
		this.runner.withBean(Sampler.class, Sampler::alwaysOff).run((context) -> {
			assertThat(sampler(context.getBean(OpenTelemetrySdk.class))).isEqualTo("RecordUnsampled{AlwaysOffSampler}");
			assertThat(callsOf(context.getBean(OpenTelemetry.class), context.getBean(InMemoryMetricReader.class)))
				.isEqualTo(50);
		});
	}

	@Test
	void propertiesBindWithSpringsRelaxedRules() {
		this.runner
			.withPropertyValues("otel.span-metrics.dimensions=http.route,db.system.name",
					"otel.span-metrics.exclude-span-kinds=internal,client",
					"otel.span-metrics.histogram-buckets=5ms,1400ms,2s", "otel.span-metrics.cardinality-limit=50")
			.run((context) -> {
				SpanMetricsProperties properties = context.getBean(SpanMetricsProperties.class);
				assertThat(properties.getDimensions()).containsExactly("http.route", "db.system.name");
				assertThat(properties.getExcludeSpanKinds()).containsExactly(SpanKind.INTERNAL, SpanKind.CLIENT);
				assertThat(properties.getHistogramBuckets()).hasSize(3);
				assertThat(properties.getCardinalityLimit()).isEqualTo(50);
			});
	}

	@Test
	void bucketsOutOfOrderFailTheStartupNamingTheProperty() {
		this.runner.withPropertyValues("otel.span-metrics.histogram-buckets=1s,5ms")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidOtelPropertyException.class)
				.hasMessageContaining("otel.span-metrics.histogram-buckets"));
	}

	@Test
	void aCardinalityLimitBelowOneFailsTheStartup() {
		this.runner.withPropertyValues("otel.span-metrics.cardinality-limit=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidOtelPropertyException.class)
				.hasMessageContaining("otel.span-metrics.cardinality-limit"));
	}

	private static String sampler(OpenTelemetrySdk sdk) {
		return sdk.getSdkTracerProvider().getSampler().getDescription();
	}

	private static long callsOf(OpenTelemetry openTelemetry, InMemoryMetricReader reader) {
		for (int i = 0; i < 50; i++) {
			openTelemetry.getTracer("test").spanBuilder("job").startSpan().end();
		}
		Collection<MetricData> metrics = reader.collectAllMetrics();
		return metrics.stream()
			.filter((metric) -> metric.getName().equals(SpanMetricsProducer.CALLS))
			.flatMap((metric) -> metric.getLongSumData().getPoints().stream())
			.mapToLong(LongPointData::getValue)
			.sum();
	}

	@Configuration(proxyBeanMethods = false)
	static class MetricReaderConfiguration {

		@Bean
		InMemoryMetricReader inMemoryMetricReader() {
			return InMemoryMetricReader.create();
		}

	}

}
