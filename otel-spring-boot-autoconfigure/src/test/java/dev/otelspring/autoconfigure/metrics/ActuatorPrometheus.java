package dev.otelspring.autoconfigure.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Test-side scrapes of {@code /actuator/prometheus}, with the JDK's uninstrumented client.
 * <p>
 * Each scrape collects the SDK's Prometheus reader, and the SDK hands every exemplar out once:
 * a test that asserts on exemplars must make its measurements, then scrape.
 */
public final class ActuatorPrometheus {

	/** What Prometheus asks for first: the format that carries exemplars. */
	public static final String OPEN_METRICS = "application/openmetrics-text;version=1.0.0";

	public static final String TEXT = "text/plain;version=0.0.4";

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private ActuatorPrometheus() {
	}

	public static HttpResponse<String> get(int port, String accept) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Exposition scrape(int port) {
		HttpResponse<String> response = get(port, OPEN_METRICS);
		if (response.statusCode() != 200) {
			throw new AssertionError("/actuator/prometheus answered " + response.statusCode() + ": " + response.body());
		}
		return Exposition.parse(response.body());
	}

}
