package dev.otelspring.autoconfigure.web.server;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets excluded exchanges bypass the telemetry filter, so they get no span at all, and orders the
 * pair first: the library filter says HIGHEST_PRECEDENCE + 1, but the server span must enclose
 * every other filter, including security, to time and parent everything they do.
 */
final class ExcludingWebFilter implements WebFilter, Ordered {

	private final WebFilter delegate;

	private final ExcludedUrls excludedUrls;

	ExcludingWebFilter(WebFilter delegate, ExcludedUrls excludedUrls) {
		this.delegate = delegate;
		this.excludedUrls = excludedUrls;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (this.excludedUrls.isExcluded(path)) {
			return chain.filter(exchange);
		}
		return this.delegate.filter(exchange, chain);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
