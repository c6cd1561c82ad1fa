package dev.otelspring.benchmarks.web;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.otelspring.autoconfigure.web.client.RestClientInstrumentationAutoConfiguration;
import dev.otelspring.benchmarks.LocalHttpServer;
import dev.otelspring.benchmarks.StarterContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * What our RestClient instrumentation adds to a call: a GET to a small JSON resource of a server
 * in the same JVM, on loopback, the body read as a string. {@code plain} uses a client that no one
 * instrumented; {@code instrumented} the same client declared as a bean, which our post-processor
 * instruments (one CLIENT span, {@code traceparent} injected, {@code url.full} redacted, through
 * span metrics and the batch processor). The call itself is most of the time: the difference of
 * the two is the figure to read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestClientBenchmark {

	@Benchmark
	public String plain(Clients clients) {
		return call(clients.plain);
	}

	@Benchmark
	public String instrumented(Clients clients) {
		return call(clients.instrumented);
	}

	private static String call(RestClient client) {
		return client.get().uri("/availability/{item}", 1).retrieve().body(String.class);
	}

	@State(Scope.Benchmark)
	public static class Clients {

		LocalHttpServer server;

		RestClient plain;

		StarterContext context;

		RestClient instrumented;

		@Setup
		public void setUp() {
			this.server = LocalHttpServer.start();
			this.plain = client(this.server.baseUrl());
			this.context = StarterContext.start(Map.of("benchmark.base-url", this.server.baseUrl()),
					StarterContext.DiscardingTelemetry.class, StarterContext.DiscardingLogs.class, Instrumentation.class);
			this.instrumented = this.context.bean(RestClient.class);
			boolean[] intercepted = new boolean[1];
			this.instrumented.mutate().requestInterceptors((interceptors) -> intercepted[0] = !interceptors.isEmpty());
			if (!intercepted[0]) {
				throw new IllegalStateException("The RestClient bean was not instrumented");
			}
		}

		@TearDown
		public void tearDown() {
			this.context.close();
			this.server.close();
		}

		// Both clients alike: the JDK's HttpClient, the one Boot picks when no other is present.
		static RestClient client(String baseUrl) {
			return RestClient.builder().baseUrl(baseUrl).requestFactory(new JdkClientHttpRequestFactory()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(RestClientInstrumentationAutoConfiguration.class)
	static class Instrumentation {

		@Bean
		RestClient restClient(Environment environment) {
			return Clients.client(environment.getRequiredProperty("benchmark.base-url"));
		}

	}

}
