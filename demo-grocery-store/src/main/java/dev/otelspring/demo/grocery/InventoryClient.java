package dev.otelspring.demo.grocery;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * The inventory's API, called with a {@link RestTemplate} from Boot's builder: our starter's
 * customizer adds the interceptor that makes a CLIENT span and sends {@code traceparent}.
 */
@Component
class InventoryClient {

	private static final ParameterizedTypeReference<List<Product>> PRODUCTS = new ParameterizedTypeReference<>() {
	};

	private final RestTemplate restTemplate;

	InventoryClient(RestTemplateBuilder builder, GroceryProperties properties) {
		// Bounded, so that a stalled inventory makes the store fail fast instead of hanging shoppers.
		this.restTemplate = builder.rootUri(properties.getInventoryUrl())
			.connectTimeout(Duration.ofSeconds(2))
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

	List<Product> products() {
		List<Product> products = this.restTemplate.exchange("/stock", HttpMethod.GET, null, PRODUCTS).getBody();
		return (products != null) ? List.copyOf(products) : List.of();
	}

	/**
	 * Takes an order out of the stock; the inventory answers 409 Conflict when a line cannot be
	 * served, which reaches the caller as {@code HttpClientErrorException.Conflict}.
	 */
	void order(String orderId, List<OrderLine> lines) {
		this.restTemplate.postForEntity("/orders", Map.of("orderId", orderId, "lines", lines), Void.class);
	}

}
