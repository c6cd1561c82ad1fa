package dev.otelspring.autoconfigure.sdk;

import java.time.Duration;
import java.util.List;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK built from {@code otel.*} exports over real OTLP, on both transports, and flushes
 * everything at shutdown without ever outliving the exporter timeout.
 */
class OtlpExportIntegrationTests {

	private final OtlpTestReceiver receiver = OtlpTestReceiver.start();

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http/protobuf", "grpc" })
	void exportsSpansWithResourceOverEitherProtocol(String protocol) {
		String endpoint = protocol.equals("grpc") ? this.receiver.grpcEndpoint() : this.receiver.httpEndpoint();
		try (ConfigurableApplicationContext context = run("--otel.exporter.otlp.protocol=" + protocol,
				"--otel.exporter.otlp.endpoint=" + endpoint, "--otel.exporter.otlp.compression=gzip",
				"--otel.resource.attributes=deployment.environment.name=test", "--otel.bsp.schedule.delay=50")) {
			Tracer tracer = context.getBean(OpenTelemetry.class).getTracer("test");
			tracer.spanBuilder("charge-card").setAttribute("amount.cents", 1250L).startSpan().end();

			ReceivedSpan span = this.receiver.awaitSpans(1, Duration.ofSeconds(10)).get(0);
			assertThat(span.name()).isEqualTo("charge-card");
			assertThat(span.attribute("amount.cents")).isEqualTo(1250L);
			assertThat(span.serviceName()).isEqualTo("exporter-test");
			assertThat(span.resource()).containsEntry("deployment.environment.name", "test");
		}
	}

	@Test
	void perSignalEndpointOverridesTheGeneralOne() {
		try (ConfigurableApplicationContext context = run("--otel.exporter.otlp.endpoint=http://127.0.0.1:1",
				"--otel.exporter.otlp.traces.endpoint=" + this.receiver.httpEndpoint() + "/v1/traces",
				"--otel.bsp.schedule.delay=50")) {
			context.getBean(OpenTelemetry.class).getTracer("test").spanBuilder("routed").startSpan().end();
			assertThat(this.receiver.awaitSpans(1, Duration.ofSeconds(10))).extracting(ReceivedSpan::name)
				.containsExactly("routed");
		}
	}

	@Test
	void closingTheContextFlushesEveryEndedSpanToTheReceiver() {
		ConfigurableApplicationContext context = run("--otel.exporter.otlp.endpoint=" + this.receiver.httpEndpoint(),
				// Only the shutdown flush can deliver within this delay.
				"--otel.bsp.schedule.delay=600000");
		Tracer tracer = context.getBean(OpenTelemetry.class).getTracer("test");
		for (int i = 0; i < 300; i++) {
			tracer.spanBuilder("span-" + i).startSpan().end();
		}
		assertThat(this.receiver.spans()).isEmpty();

		context.close();

		List<ReceivedSpan> spans = this.receiver.spans();
		assertThat(spans).hasSize(300);
		assertThat(spans).extracting(ReceivedSpan::spanId).doesNotHaveDuplicates();
	}

	@Test
	void shutdownWithAHangingBackendEndsWithinTheExportTimeout() {
		this.receiver.delayResponses(Duration.ofSeconds(60));
		ConfigurableApplicationContext context = run("--otel.exporter.otlp.endpoint=" + this.receiver.httpEndpoint(),
				"--otel.exporter.otlp.timeout=1s", "--otel.bsp.schedule.delay=600000");
		context.getBean(OpenTelemetry.class).getTracer("test").spanBuilder("stuck").startSpan().end();

		long start = System.nanoTime();
		context.close();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		// 1 s export timeout plus a margin for a loaded CI machine; without the bound it is 60 s.
		assertThat(took).isLessThan(Duration.ofSeconds(6));
	}

	private static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		String[] all = new String[args.length + 3];
		all[0] = "--spring.application.name=exporter-test";
		all[1] = "--otel.metrics.exporter=none";
		all[2] = "--otel.logs.exporter=none";
		System.arraycopy(args, 0, all, 3, args.length);
		return application.run(all);
	}

	@SpringBootApplication
	static class App {

	}

}
