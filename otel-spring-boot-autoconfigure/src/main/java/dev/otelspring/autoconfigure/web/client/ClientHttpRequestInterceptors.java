package dev.otelspring.autoconfigure.web.client;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Installs the telemetry interceptor first and at most once. The same client can be reached twice
 * (a builder customizer, then the post-processor on the bean that builder built), and a second
 * interceptor would mean a second CLIENT span for every call. Comparing by class also respects an
 * interceptor the user created from the library by hand.
 */
final class ClientHttpRequestInterceptors {

	private ClientHttpRequestInterceptors() {
	}

	/**
	 * Adds the interceptor at the head of the list unless one of its class is already there.
	 * @return whether the list changed
	 */
	static boolean addFirst(List<ClientHttpRequestInterceptor> interceptors, ClientHttpRequestInterceptor telemetry) {
		for (ClientHttpRequestInterceptor existing : interceptors) {
			if (existing.getClass() == telemetry.getClass()) {
				return false;
			}
		}
		// First, so the span also times the interceptors after it and they see its context.
		interceptors.add(0, telemetry);
		return true;
	}

	static void install(RestTemplate restTemplate, ClientHttpRequestInterceptor telemetry) {
		List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>(restTemplate.getInterceptors());
		if (addFirst(interceptors, telemetry)) {
			// setInterceptors, not the live list: it also drops the cached intercepting factory.
			restTemplate.setInterceptors(interceptors);
		}
	}

	static void install(RestClient.Builder builder, ClientHttpRequestInterceptor telemetry) {
		builder.requestInterceptors((interceptors) -> addFirst(interceptors, telemetry));
	}

	static RestClient install(RestClient restClient, ClientHttpRequestInterceptor telemetry) {
		boolean[] added = new boolean[1];
		RestClient.Builder builder = restClient.mutate()
			.requestInterceptors((interceptors) -> added[0] = addFirst(interceptors, telemetry));
		return added[0] ? builder.build() : restClient;
	}

}
