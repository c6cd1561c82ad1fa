package dev.otelspring.demo.shopper;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The grocery store's API. Browsing and adding items go through a {@link WebClient}, the cart and
 * the checkout through a {@link RestClient}: both come from Boot's builders, which our starter
 * customizes, so each call is a CLIENT span that sends {@code traceparent}.
 */
@Component
class GroceryStoreClient {

	// The servlet thread waits for the WebClient; bounded, so that a stalled store cannot hold it.
	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final WebClient webClient;

	private final RestClient restClient;

	GroceryStoreClient(WebClient.Builder webClient, RestClient.Builder restClient, ShopperProperties properties) {
		this.webClient = webClient.baseUrl(properties.getStoreUrl()).build();
		this.restClient = restClient.baseUrl(properties.getStoreUrl()).build();
	}

	List<Product> browse() {
		List<Product> products = this.webClient.get()
			.uri("/products")
			.retrieve()
			.bodyToFlux(Product.class)
			.collectList()
			.block(TIMEOUT);
		return (products != null) ? products : List.of();
	}

	String createCart() {
		NewCart cart = this.restClient.post().uri("/carts").retrieve().body(NewCart.class);
		if (cart == null || cart.id() == null) {
			throw new IllegalStateException("The store created no cart");
		}
		return cart.id();
	}

	void addItem(String cartId, String sku, int quantity) {
		this.webClient.post()
			.uri("/carts/{cartId}/items", cartId)
			.bodyValue(Map.of("sku", sku, "quantity", quantity))
			.retrieve()
			.toBodilessEntity()
			.block(TIMEOUT);
	}

	Receipt checkout(String cartId) {
		Receipt receipt = this.restClient.post().uri("/carts/{cartId}/checkout", cartId).retrieve().body(Receipt.class);
		if (receipt == null) {
			throw new IllegalStateException("The store answered the checkout of cart " + cartId + " with nothing");
		}
		return receipt;
	}

	/**
	 * The part of a new cart that the shopper needs.
	 *
	 * @param id the cart's identifier
	 */
	record NewCart(String id) {

	}

}
