package dev.otelspring.autoconfigure.web.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets excluded requests bypass the telemetry filter, so they get no span (and no sampling
 * decision, no context) at all: a sampler could only drop the span after it was built.
 */
final class ExcludingServletFilter implements Filter {

	private final Filter delegate;

	private final ExcludedUrls excludedUrls;

	ExcludingServletFilter(Filter delegate, ExcludedUrls excludedUrls) {
		this.delegate = delegate;
		this.excludedUrls = excludedUrls;
	}

	@Override
	public void init(FilterConfig filterConfig) throws ServletException {
		// The library filter finds the DispatcherServlet (for http.route) from its FilterConfig.
		this.delegate.init(filterConfig);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && this.excludedUrls.isExcluded(pathWithinApplication(http))) {
			chain.doFilter(request, response);
			return;
		}
		this.delegate.doFilter(request, response, chain);
	}

	@Override
	public void destroy() {
		this.delegate.destroy();
	}

	private static String pathWithinApplication(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		return (contextPath != null && uri.startsWith(contextPath)) ? uri.substring(contextPath.length()) : uri;
	}

}
