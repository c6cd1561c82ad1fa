package dev.otelspring.autoconfigure.pipeline;

import java.time.Duration;

import dev.otelspring.autoconfigure.metrics.Polling;
import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import dev.otelspring.testing.otlp.OtlpTestReceiver;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class, PipelineAutoConfiguration.class))
		.withPropertyValues("otel.service.name=pipeline-test",
				"otel.exporter.otlp.endpoint=" + this.receiver.httpEndpoint(),
				"otel.bsp.schedule.delay=10", "otel.blrp.schedule.delay=10", "otel.metric.export.interval=100",
				"otel.bsp.max.queue.size=100", "otel.blrp.max.queue.size=50");

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@Test
	void countsWhatEachSignalExportsAndObservesTheBatchQueues() {
		this.runner.run((context) -> {
			PipelineStatistics pipeline = context.getBean(PipelineStatistics.class);
			OpenTelemetry openTelemetry = context.getBean(OpenTelemetry.class);
			openTelemetry.getTracer("test").spanBuilder("work").startSpan().end();
			openTelemetry.getLogsBridge().get("test").logRecordBuilder().setBody("worked").emit();
			openTelemetry.getMeter("test").counterBuilder("work.done").build().add(1);

			Polling.until("an export of each signal", () -> pipeline.signals()
				.stream()
				.allMatch((signal) -> signal.exported() > 0), (all) -> all, TIMEOUT);
			assertThat(pipeline.traces().queueCapacity()).isEqualTo(100);
			assertThat(pipeline.logs().queueCapacity()).isEqualTo(50);
			assertThat(pipeline.metrics().queueCapacity()).isNull();
			assertThat(pipeline.resource().getAttribute(AttributeKey.stringKey("service.name")))
				.isEqualTo("pipeline-test");
			assertThat(this.receiver.spans()).hasSize(1);
		});
	}

	@Test
	void aPipelineOfTheUsersOwnIsNotObserved() {
		this.runner.withBean(SpanExporter.class, InMemorySpanExporter::create).run((context) -> {
			context.getBean(OpenTelemetry.class).getTracer("test").spanBuilder("work").startSpan().end();
			assertThat(context.getBean(PipelineStatistics.class).traces().queueSize()).isNull();
		});
	}

	@Test
	void nothingWhenTheSdkIsDisabled() {
		this.runner.withPropertyValues("otel.sdk.disabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(PipelineStatistics.class)
				.doesNotHaveBean(PipelineCustomizer.class));
	}

}
