package dev.otelspring.demo.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A series selector of a PromQL expression, {@code metric{label="value", ...}}, found by a small
 * scanner that knows just enough PromQL for the dashboards: strings, range brackets, functions,
 * and the label lists of {@code by (...)}.
 *
 * @param metric the metric name
 * @param matchers its label matchers
 */
record Selector(String metric, List<Matcher> matchers) {

	private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

	// Written "sum by (label) (...)" as well as "sum(...)": never a metric name.
	private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
			"count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

	/**
	 * Whether the sample is one this selector selects. Matchers on the labels Prometheus adds at
	 * scrape time ({@code job}, {@code instance}) and on dashboard variables ({@code $service}) are
	 * left out: the sample comes straight from the application.
	 */
	boolean selects(Sample sample) {
		return this.metric.equals(sample.name()) && this.matchers.stream()
			.filter((matcher) -> !Set.of("job", "instance").contains(matcher.label()) && !matcher.value().contains("$"))
			.allMatch((matcher) -> matcher.matches(sample.label(matcher.label())));
	}

	static List<Selector> in(String expr) {
		List<Selector> selectors = new ArrayList<>();
		int at = 0;
		while (at < expr.length()) {
			char c = expr.charAt(at);
			if (c == '"' || c == '\'') {
				at = endOfString(expr, at);
			}
			else if (c == '[') {
				at = expr.indexOf(']', at) + 1;
			}
			else if (Character.isDigit(c)) {
				while (at < expr.length() && (Character.isLetterOrDigit(expr.charAt(at)) || expr.charAt(at) == '.')) {
					at++;
				}
			}
			else if (Character.isLetter(c) || c == '_' || c == ':') {
				int start = at;
				while (at < expr.length() && isNameChar(expr.charAt(at))) {
					at++;
				}
				String name = expr.substring(start, at);
				int next = skipSpaces(expr, at);
				char following = (next < expr.length()) ? expr.charAt(next) : ' ';
				if (GROUPING.contains(name) && following == '(') {
					at = expr.indexOf(')', next) + 1;
				}
				else if (following == '{') {
					List<Matcher> matchers = new ArrayList<>();
					at = matchers(expr, next + 1, matchers);
					selectors.add(new Selector(name, matchers));
				}
				else if (following != '(' && !KEYWORDS.contains(name) && !AGGREGATIONS.contains(name)) {
					selectors.add(new Selector(name, List.of()));
				}
			}
			else if (c == '{') {
				throw new IllegalArgumentException("A selector without a metric name: " + expr);
			}
			else {
				at++;
			}
		}
		return selectors;
	}

	private static int matchers(String expr, int from, List<Matcher> matchers) {
		int at = skipSpaces(expr, from);
		while (expr.charAt(at) != '}') {
			int start = at;
			while (isNameChar(expr.charAt(at))) {
				at++;
			}
			String label = expr.substring(start, at);
			at = skipSpaces(expr, at);
			String op = expr.startsWith("=~", at) || expr.startsWith("!~", at) || expr.startsWith("!=", at)
					? expr.substring(at, at + 2) : expr.substring(at, at + 1);
			at = skipSpaces(expr, at + op.length());
			int end = endOfString(expr, at);
			matchers.add(new Matcher(label, op, expr.substring(at + 1, end - 1)));
			at = skipSpaces(expr, end);
			if (expr.charAt(at) == ',') {
				at = skipSpaces(expr, at + 1);
			}
		}
		return at + 1;
	}

	private static int endOfString(String expr, int quote) {
		char delimiter = expr.charAt(quote);
		int at = quote + 1;
		while (expr.charAt(at) != delimiter) {
			at += (expr.charAt(at) == '\\') ? 2 : 1;
		}
		return at + 1;
	}

	private static int skipSpaces(String expr, int at) {
		while (at < expr.length() && Character.isWhitespace(expr.charAt(at))) {
			at++;
		}
		return at;
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == ':';
	}

	@Override
	public String toString() {
		return this.metric + this.matchers;
	}

	/**
	 * One label matcher. As in PromQL, an absent label matches as the empty string, and regular
	 * expressions match the whole value.
	 *
	 * @param label the label
	 * @param op one of {@code =}, {@code !=}, {@code =~}, {@code !~}
	 * @param value the value or regular expression
	 */
	record Matcher(String label, String op, String value) {

		boolean matches(String actual) {
			return switch (this.op) {
				case "=" -> actual.equals(this.value);
				case "!=" -> !actual.equals(this.value);
				case "=~" -> Pattern.matches(this.value, actual);
				case "!~" -> !Pattern.matches(this.value, actual);
				default -> throw new IllegalArgumentException("Unknown matcher " + this.op);
			};
		}

		@Override
		public String toString() {
			return this.label + this.op + '"' + this.value + '"';
		}

	}

}
