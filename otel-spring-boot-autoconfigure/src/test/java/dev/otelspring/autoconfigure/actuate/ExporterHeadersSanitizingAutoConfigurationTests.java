package dev.otelspring.autoconfigure.actuate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ExporterHeadersSanitizingAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ExporterHeadersSanitizingAutoConfiguration.class));

	@ParameterizedTest
	@ValueSource(strings = { "otel.exporter.otlp.headers", "otel.exporter.otlp.traces.headers",
			"otel.exporter.otlp.logs.headers.api-key", "OTEL_EXPORTER_OTLP_HEADERS",
			"OTEL_EXPORTER_OTLP_METRICS_HEADERS", "otel.exporter.otlp.headers[authorization]" })
	void masksEveryFormOfExporterHeaders(String key) {
		this.runner.run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			Object shown = function.applyUnlessFiltered(new SanitizableData(null, key, "api-key=s3cr3t")).getValue();
			assertThat(shown).isEqualTo(SanitizableData.SANITIZED_VALUE);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "otel.exporter.otlp.endpoint", "otel.service.name", "otel.exporter.otlp.headersize" })
	void leavesOtherSettingsReadable(String key) {
		this.runner.run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "value")).getValue())
				.isEqualTo("value");
		});
	}

}
