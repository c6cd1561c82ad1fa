package dev.otelspring.demo.grocery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rates of {@link Chaos} at their bounds: never, always failing, always slow.
 */
class ChaosTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/products");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void passesEveryRequestAtRateZero() throws Exception {
		Chaos chaos = new Chaos(settings(0, 0, Duration.ofSeconds(5)));
		for (int i = 0; i < 1000; i++) {
			assertThat(chaos.preHandle(this.request, this.response, new Object())).isTrue();
		}
	}

	@Test
	void failsEveryRequestAtErrorRateOne() {
		Chaos chaos = new Chaos(settings(1, 0, Duration.ZERO));
		assertThatExceptionOfType(Chaos.SimulatedFailureException.class)
			.isThrownBy(() -> chaos.preHandle(this.request, this.response, new Object()));
	}

	@Test
	void delaysEveryRequestAtSlowRateOne() throws Exception {
		Chaos chaos = new Chaos(settings(0, 1, Duration.ofMillis(200)));
		long start = System.nanoTime();
		assertThat(chaos.preHandle(this.request, this.response, new Object())).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
	}

	private static GroceryProperties.Chaos settings(double errorRate, double slowRate, Duration slowDelay) {
		GroceryProperties.Chaos settings = new GroceryProperties().getChaos();
		settings.setErrorRate(errorRate);
		settings.setSlowRate(slowRate);
		settings.setSlowDelay(slowDelay);
		return settings;
	}

}
