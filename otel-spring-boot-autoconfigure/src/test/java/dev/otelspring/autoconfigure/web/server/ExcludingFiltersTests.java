package dev.otelspring.autoconfigure.web.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.spring.webflux.v5_3.SpringWebfluxServerTelemetry;
import io.opentelemetry.instrumentation.spring.webmvc.v6_0.SpringWebMvcTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exclusion wrappers, against a real SDK: spans end synchronously in these mock exchanges, so
 * the recorded list is complete when the call returns.
 */
class ExcludingFiltersTests {

	private final List<ReadableSpan> ended = new CopyOnWriteArrayList<>();

	private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
		.setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(new Recorder(this.ended)).build())
		.build();

	private final ExcludedUrls excluded = new ExcludedUrls(List.of("/actuator/**", "/**/internal/*"));

	@AfterEach
	void close() {
		this.sdk.close();
	}

	@Test
	void servletRequestToAnExcludedPathGetsNoSpanButIsServed() throws Exception {
		ExcludingServletFilter filter = servletFilter(this.sdk);
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(this.ended).isEmpty();
	}

	@Test
	void servletExclusionIsRelativeToTheContextPath() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/v1/internal/ping");
		request.setContextPath("/app");
		servletFilter(this.sdk).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(this.ended).isEmpty();
	}

	@Test
	void servletRequestToAnotherPathGetsOneServerSpan() throws Exception {
		servletFilter(this.sdk).doFilter(new MockHttpServletRequest("GET", "/items/1"), new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(this.ended).singleElement()
			.satisfies((span) -> assertThat(span.getKind()).isEqualTo(io.opentelemetry.api.trace.SpanKind.SERVER));
	}

	@Test
	void webFluxExchangeToAnExcludedPathGetsNoSpanButIsServed() {
		WebFilter filter = webFilter(this.sdk);
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/actuator/health"));
		filter.filter(exchange, (ex) -> ex.getResponse().setComplete()).block();
		assertThat(exchange.getResponse().isCommitted()).isTrue();
		assertThat(this.ended).isEmpty();
	}

	@Test
	void webFluxExchangeToAnotherPathGetsOneServerSpan() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/items/1"));
		webFilter(this.sdk).filter(exchange, (ex) -> ex.getResponse().setComplete()).block();
		assertThat(this.ended).hasSize(1);
	}

	private ExcludingServletFilter servletFilter(OpenTelemetry openTelemetry) {
		return new ExcludingServletFilter(SpringWebMvcTelemetry.create(openTelemetry).createServletFilter(),
				this.excluded);
	}

	private WebFilter webFilter(OpenTelemetry openTelemetry) {
		return new ExcludingWebFilter(SpringWebfluxServerTelemetry.create(openTelemetry).createWebFilter(),
				this.excluded);
	}

	private record Recorder(List<ReadableSpan> ended) implements SpanProcessor {

		@Override
		public void onStart(Context parentContext, ReadWriteSpan span) {
		}

		@Override
		public boolean isStartRequired() {
			return false;
		}

		@Override
		public void onEnd(ReadableSpan span) {
			this.ended.add(span);
		}

		@Override
		public boolean isEndRequired() {
			return true;
		}

	}

}
