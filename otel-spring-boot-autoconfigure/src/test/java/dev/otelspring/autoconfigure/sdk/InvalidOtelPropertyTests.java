package dev.otelspring.autoconfigure.sdk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad {@code otel.*} value stops startup with a failure analysis that names the
 * property, the value and what is allowed.
 */
class InvalidOtelPropertyTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class))
		.withPropertyValues("otel.metrics.exporter=none", "otel.logs.exporter=none");

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			otel.traces.sampler              | always_sometimes      | parentbased_traceidratio
			otel.traces.sampler.arg          | 1.5                   | 0.0 to 1.0
			otel.traces.sampler.arg          | ten percent           | 0.0 to 1.0
			otel.traces.exporter             | jaeger-thrift         | otlp
			otel.traces.exporter             | otlp,none             | alone
			otel.metrics.exporter            | prometheus-ish        | console
			otel.logs.exporter               | splunk                | logging
			otel.exporter.otlp.protocol      | http/xml              | http/protobuf, grpc
			otel.exporter.otlp.traces.protocol | thrift              | http/protobuf, grpc
			otel.exporter.otlp.compression   | zstd                  | gzip, none
			otel.propagators                 | w3c                   | tracecontext, baggage
			otel.exporter.otlp.endpoint      | localhost:4318        | http://
			otel.exporter.otlp.logs.endpoint | ftp://collector:21    | http://
			otel.exporter.otlp.headers       | api-key               | key=value
			otel.exporter.otlp.timeout       | soon                  | 10s
			otel.bsp.max.queue.size          | -1                    | greater than 0
			""")
	void badValueFailsStartupNamingPropertyValueAndAllowedValues(String property, String value, String allowed) {
		String sampler = property.equals("otel.traces.sampler.arg") ? "otel.traces.sampler=traceidratio"
				: "otel.traces.exporter=none";
		this.runner.withPropertyValues(sampler, property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new InvalidOtelPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'" + property + "'").contains("'" + value + "'");
			assertThat(analysis.getAction()).contains(allowed);
		});
	}


	@Test
	void whatOnlyTheSdkRejectsStillGetsAReport() {
		this.runner.withPropertyValues("otel.traces.exporter=otlp",
				"otel.exporter.otlp.certificate=/nonexistent/ca.pem").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new SdkConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("/nonexistent/ca.pem");
		});
	}

}
