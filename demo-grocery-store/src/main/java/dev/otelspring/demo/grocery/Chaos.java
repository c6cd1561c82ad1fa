package dev.otelspring.demo.grocery;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Fails or slows down a share of the API requests, on purpose: without it, the RED dashboard
 * would show no errors and a flat latency. Runs inside the server span, so a failure makes it an
 * ERROR span and a slow answer shows in its duration.
 */
class Chaos implements HandlerInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(Chaos.class);

	private final GroceryProperties.Chaos settings;

	Chaos(GroceryProperties.Chaos settings) {
		this.settings = settings;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		double roll = ThreadLocalRandom.current().nextDouble();
		if (roll < this.settings.getErrorRate()) {
			logger.error("Simulated failure of {} {}", request.getMethod(), request.getRequestURI());
			throw new SimulatedFailureException();
		}
		if (roll < this.settings.getErrorRate() + this.settings.getSlowRate()) {
			logger.warn("Simulated slow answer to {} {}", request.getMethod(), request.getRequestURI());
			Thread.sleep(this.settings.getSlowDelay().toMillis());
		}
		return true;
	}

	/**
	 * The failure that {@link Chaos} simulates.
	 */
	@ResponseStatus(value = HttpStatus.SERVICE_UNAVAILABLE, reason = "Simulated failure")
	static class SimulatedFailureException extends RuntimeException {

		SimulatedFailureException() {
			super("Simulated failure", null, false, false);
		}

	}

}
