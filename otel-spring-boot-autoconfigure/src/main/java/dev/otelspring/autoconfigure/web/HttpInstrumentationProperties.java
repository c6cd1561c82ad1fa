package dev.otelspring.autoconfigure.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by the HTTP server and client instrumentations.
 */
@ConfigurationProperties("otel.instrumentation.http")
public class HttpInstrumentationProperties {

	private static final List<String> SENSITIVE_QUERY_PARAMETERS = List.of("password", "passwd", "pwd", "secret",
			"client_secret", "token", "access_token", "refresh_token", "id_token", "api_key", "apikey", "api-key",
			"key", "auth", "sig", "signature", "AWSAccessKeyId", "X-Goog-Signature", "session", "sessionid",
			"jsessionid");

	/**
	 * Settings of the HTTP server instrumentations (Spring MVC and WebFlux).
	 */
	private final Server server = new Server();

	/**
	 * Settings of the HTTP client instrumentations (RestTemplate, RestClient and WebClient).
	 */
	private final Client client = new Client();

	public Server getServer() {
		return this.server;
	}

	public Client getClient() {
		return this.client;
	}

	public static class Server {

		/**
		 * Ant-style path patterns, relative to the context path, of requests that get no server span
		 * at all. Replaces the default list, so keep "/actuator/**" when adding patterns.
		 */
		private List<String> excludedUrls = new ArrayList<>(List.of("/actuator/**"));

		/**
		 * Names of query parameters whose values are replaced by "REDACTED" in the "url.query"
		 * attribute of server spans, matched case-insensitively. Replaces the default list.
		 */
		private List<String> sensitiveQueryParameters = new ArrayList<>(SENSITIVE_QUERY_PARAMETERS);

		public List<String> getExcludedUrls() {
			return this.excludedUrls;
		}

		public void setExcludedUrls(List<String> excludedUrls) {
			this.excludedUrls = excludedUrls;
		}

		public List<String> getSensitiveQueryParameters() {
			return this.sensitiveQueryParameters;
		}

		public void setSensitiveQueryParameters(List<String> sensitiveQueryParameters) {
			this.sensitiveQueryParameters = sensitiveQueryParameters;
		}

	}

	public static class Client {

		/**
		 * Names of query parameters whose values are replaced by "REDACTED" in the "url.full"
		 * attribute of client spans, matched case-insensitively. Replaces the default list.
		 */
		private List<String> sensitiveQueryParameters = new ArrayList<>(SENSITIVE_QUERY_PARAMETERS);

		public List<String> getSensitiveQueryParameters() {
			return this.sensitiveQueryParameters;
		}

		public void setSensitiveQueryParameters(List<String> sensitiveQueryParameters) {
			this.sensitiveQueryParameters = sensitiveQueryParameters;
		}

	}

}
