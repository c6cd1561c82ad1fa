package dev.otelspring.autoconfigure.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedSpan;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider;
import io.opentelemetry.exporter.sender.okhttp.internal.OkHttpGrpcSenderProvider;
import io.opentelemetry.exporter.sender.okhttp.internal.OkHttpHttpSenderProvider;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OTLP over HTTP goes through the JDK's sender when both it and OkHttp's are on the class path;
 * everything else is loaded as the SDK would load it.
 */
class HttpSenderPreferenceTests {

	@Test
	void theRealClassPathOffersBothSendersAndTheSdkIsGivenOnlyTheJdkOne() {
		ClassLoader classLoader = getClass().getClassLoader();
		assertThat(ComponentLoader.forClassLoader(classLoader).load(HttpSenderProvider.class))
			.hasAtLeastOneElementOfType(OkHttpHttpSenderProvider.class)
			.hasAtLeastOneElementOfType(JdkHttpSenderProvider.class);

		assertThat(HttpSenderPreference.forClassLoader(classLoader).load(HttpSenderProvider.class)).singleElement()
			.isInstanceOf(JdkHttpSenderProvider.class);
	}

	@Test
	void withoutTheJdkSenderOkHttpIsKept() {
		ComponentLoader okHttpOnly = components(new OkHttpHttpSenderProvider());

		assertThat(new HttpSenderPreference(okHttpOnly, false).load(HttpSenderProvider.class)).singleElement()
			.isInstanceOf(OkHttpHttpSenderProvider.class);
	}

	@Test
	void gRpcStillGetsOkHttp() {
		assertThat(HttpSenderPreference.forClassLoader(getClass().getClassLoader()).load(GrpcSenderProvider.class))
			.hasAtLeastOneElementOfType(OkHttpGrpcSenderProvider.class);
	}

	@Test
	void aProviderTheUserNamedIsLeftToTheSdkToPick() {
		ComponentLoader both = components(new OkHttpHttpSenderProvider(), new JdkHttpSenderProvider());

		assertThat(new HttpSenderPreference(both, true).load(HttpSenderProvider.class)).hasSize(2);
	}

	@Test
	void theSdkNeitherWarnsOfTwoSendersNorFailsToExport() {
		List<LogRecord> warnings = new ArrayList<>();
		Handler handler = new Handler() {
			@Override
			public void publish(LogRecord record) {
				warnings.add(record);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Logger senderLogs = Logger.getLogger("io.opentelemetry.exporter.internal.SenderUtil");
		senderLogs.addHandler(handler);
		try (OtlpTestReceiver receiver = OtlpTestReceiver.start();
				ConfigurableApplicationContext context = run("--otel.exporter.otlp.endpoint=" + receiver.httpEndpoint(),
						"--otel.bsp.schedule.delay=50")) {
			context.getBean(OpenTelemetry.class).getTracer("test").spanBuilder("sent").startSpan().end();

			assertThat(receiver.awaitSpans(1, Duration.ofSeconds(10))).extracting(ReceivedSpan::name)
				.containsExactly("sent");
		}
		finally {
			senderLogs.removeHandler(handler);
		}
		assertThat(warnings).extracting(LogRecord::getMessage).noneMatch((message) -> message.contains("Multiple"));
	}

	@SafeVarargs
	private static <P> ComponentLoader components(P... providers) {
		return new ComponentLoader() {
			@Override
			@SuppressWarnings("unchecked")
			public <T> Iterable<T> load(Class<T> type) {
				return (type == HttpSenderProvider.class) ? (List<T>) List.of(providers) : List.of();
			}
		};
	}

	private static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> all = new ArrayList<>(List.of("--spring.application.name=sender-test",
				"--otel.metrics.exporter=none", "--otel.logs.exporter=none"));
		all.addAll(List.of(args));
		return application.run(all.toArray(String[]::new));
	}

	@SpringBootApplication
	static class App {

	}

}
