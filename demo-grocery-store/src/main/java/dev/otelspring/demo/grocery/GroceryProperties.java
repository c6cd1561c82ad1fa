package dev.otelspring.demo.grocery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the grocery store.
 */
@ConfigurationProperties("grocery")
public class GroceryProperties {

	/**
	 * Base URL of the inventory service.
	 */
	private String inventoryUrl = "http://localhost:8082";

	private final Chaos chaos = new Chaos();

	public String getInventoryUrl() {
		return this.inventoryUrl;
	}

	public void setInventoryUrl(String inventoryUrl) {
		this.inventoryUrl = inventoryUrl;
	}

	public Chaos getChaos() {
		return this.chaos;
	}

	/**
	 * Failures and slow answers on purpose, so that the dashboards show errors and a latency
	 * spread. Zero turns them off.
	 */
	public static class Chaos {

		/**
		 * Share of API requests answered with 503 Service Unavailable, from 0 to 1.
		 */
		private double errorRate = 0.02;

		/**
		 * Share of API requests answered only after slow-delay, from 0 to 1.
		 */
		private double slowRate = 0.05;

		/**
		 * How long a slow answer takes, on top of the work.
		 */
		private Duration slowDelay = Duration.ofMillis(1500);

		public double getErrorRate() {
			return this.errorRate;
		}

		public void setErrorRate(double errorRate) {
			this.errorRate = errorRate;
		}

		public double getSlowRate() {
			return this.slowRate;
		}

		public void setSlowRate(double slowRate) {
			this.slowRate = slowRate;
		}

		public Duration getSlowDelay() {
			return this.slowDelay;
		}

		public void setSlowDelay(Duration slowDelay) {
			this.slowDelay = slowDelay;
		}

	}

}
