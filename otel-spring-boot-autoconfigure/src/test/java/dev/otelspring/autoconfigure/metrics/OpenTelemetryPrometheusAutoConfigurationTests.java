package dev.otelspring.autoconfigure.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.otelspring.autoconfigure.sdk.OpenTelemetrySdkAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.exporter.prometheus.PrometheusMetricReader;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenTelemetryPrometheusAutoConfigurationTests {

	private static final Attributes CARD = Attributes.of(AttributeKey.stringKey("payment"), "card");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				MetricsAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class,
				OpenTelemetryPrometheusAutoConfiguration.class))
		.withPropertyValues("otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none",
				"otel.service.name=shop");

	@Test
	void openTelemetryMetersShareTheRegistryWithMicrometersMeters() {
		this.runner.run((context) -> {
			Meter meter = context.getBean(OpenTelemetry.class).getMeter("shop");
			meter.counterBuilder("orders.placed").build().add(3, CARD);
			meter.upDownCounterBuilder("queue.depth").build().add(5, CARD);
			meter.histogramBuilder("order.value").setExplicitBucketBoundariesAdvice(List.of(10.0, 100.0))
				.build()
				.record(42.5, CARD);
			meter.gaugeBuilder("warehouse.temperature").setUnit("Cel").build().set(4.5, CARD);
			context.getBean(MeterRegistry.class).counter("micrometer.hits").increment();

			String scrape = scrape(context.getBean(PrometheusRegistry.class));
			assertThat(scrape).contains("orders_placed_total{otel_scope_name=\"shop\",payment=\"card\"} 3.0")
				.contains("queue_depth{otel_scope_name=\"shop\",payment=\"card\"} 5.0")
				.contains("order_value_bucket{otel_scope_name=\"shop\",payment=\"card\",le=\"100.0\"} 1")
				.contains("warehouse_temperature_celsius{otel_scope_name=\"shop\",payment=\"card\"} 4.5")
				.contains("micrometer_hits_total 1.0");
			// Resource attributes go to target_info once, not onto every series.
			assertThat(scrape).containsPattern("target_info\\{[^}]*service_name=\"shop\"")
				.doesNotContainPattern("orders_placed_total\\{[^}]*service_name");
		});
	}

	@Test
	void backsOffWithoutThePrometheusRegistry() {
		this.runner.withPropertyValues("management.prometheus.metrics.export.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PrometheusMetricReader.class));
	}

	@Test
	void backsOffWhenTheSdkIsDisabled() {
		this.runner.withPropertyValues("otel.sdk.disabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(PrometheusMetricReader.class));
	}

	@Test
	void aReaderOfTheUsersIsTheOneScraped() {
		this.runner.withUserConfiguration(UserReader.class).run((context) -> {
			assertThat(context).getBean(PrometheusMetricReader.class).isSameAs(context.getBean("userReader"));
			context.getBean(OpenTelemetry.class).getMeter("shop").counterBuilder("orders.placed").build().add(1, CARD);
			assertThat(scrape(context.getBean(PrometheusRegistry.class)))
				.contains("orders_placed_total{payment=\"card\"} 1.0");
		});
	}

	@Test
	void theReaderLeavesARegistryThatOutlivesTheContext() {
		PrometheusRegistry shared = new PrometheusRegistry();
		this.runner.withBean(PrometheusRegistry.class, () -> shared).run((context) -> {
			context.getBean(OpenTelemetry.class).getMeter("shop").counterBuilder("orders.placed").build().add(1, CARD);
			assertThat(scrape(shared)).contains("orders_placed_total");
		});
		assertThat(scrape(shared)).doesNotContain("orders_placed_total");
	}

	private static String scrape(PrometheusRegistry registry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ExpositionFormats.init().getPrometheusTextFormatWriter().write(out, registry.scrape());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	static class UserReader {

		@Bean
		PrometheusMetricReader userReader() {
			return PrometheusMetricReader.builder().setOtelScopeLabelsEnabled(false).build();
		}

	}

}
