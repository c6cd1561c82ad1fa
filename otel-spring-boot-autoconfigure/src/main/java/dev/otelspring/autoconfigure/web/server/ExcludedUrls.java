package dev.otelspring.autoconfigure.web.server;

import java.util.List;

import org.springframework.util.AntPathMatcher;
import org.springframework.util.PathMatcher;

/**
 * Decides which request paths get no server span. Ant-style patterns rather than
 * {@code PathPattern}, because users write them in properties and Ant syntax accepts "**" anywhere
 * (for example "/**&#47;health"), where {@code PathPatternParser} rejects some of those at startup.
 */
final class ExcludedUrls {

	private static final PathMatcher MATCHER = new AntPathMatcher();

	private final List<String> patterns;

	ExcludedUrls(List<String> patterns) {
		this.patterns = List.copyOf(patterns);
	}

	boolean isExcluded(String pathWithinApplication) {
		for (String pattern : this.patterns) {
			if (MATCHER.match(pattern, pathWithinApplication)) {
				return true;
			}
		}
		return false;
	}

}
