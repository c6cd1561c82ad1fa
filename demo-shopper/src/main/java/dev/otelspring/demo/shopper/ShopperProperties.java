package dev.otelspring.demo.shopper;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the shopper. The schedule itself is {@code shopper.schedule.enabled} and
 * {@code shopper.schedule.interval}, read by {@link ScheduledVisits}.
 */
@ConfigurationProperties("shopper")
public class ShopperProperties {

	/**
	 * Base URL of the grocery store.
	 */
	private String storeUrl = "http://localhost:8081";

	/**
	 * How many different shoppers take turns, each with its own shopper.id.
	 */
	private int shoppers = 20;

	/**
	 * Most products, and most items of each, that one visit buys.
	 */
	private int maxItems = 3;

	public String getStoreUrl() {
		return this.storeUrl;
	}

	public void setStoreUrl(String storeUrl) {
		this.storeUrl = storeUrl;
	}

	public int getShoppers() {
		return this.shoppers;
	}

	public void setShoppers(int shoppers) {
		this.shoppers = shoppers;
	}

	public int getMaxItems() {
		return this.maxItems;
	}

	public void setMaxItems(int maxItems) {
		this.maxItems = maxItems;
	}

}
