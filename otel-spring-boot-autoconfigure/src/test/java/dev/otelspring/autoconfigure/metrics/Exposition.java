package dev.otelspring.autoconfigure.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The samples of a Prometheus text or OpenMetrics exposition, exemplars included: just enough of
 * a parser for tests to assert on what {@code /actuator/prometheus} serves. Label values may hold
 * braces, commas and escaped quotes ({@code span_name="GET /orders/{id}"}).
 */
public final class Exposition {

	private final List<Sample> samples = new ArrayList<>();

	private final String text;

	private Exposition(String text) {
		this.text = text;
		for (String line : text.split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				this.samples.add(new Cursor(line).sample());
			}
		}
	}

	public static Exposition parse(String text) {
		return new Exposition(text);
	}

	public String text() {
		return this.text;
	}

	public List<Sample> samples() {
		return this.samples;
	}

	/** Samples of that name whose labels include the given name/value pairs. */
	public List<Sample> samples(String name, String... labels) {
		return this.samples.stream().filter((sample) -> sample.name().equals(name) && sample.has(labels)).toList();
	}

	/** The value of the one sample that matches, or null when none does. */
	public @Nullable Double value(String name, String... labels) {
		List<Sample> matching = samples(name, labels);
		if (matching.size() > 1) {
			throw new AssertionError("More than one sample of " + name + " matches: " + matching);
		}
		return matching.isEmpty() ? null : matching.get(0).value();
	}

	public record Sample(String name, Map<String, String> labels, double value, @Nullable Exemplar exemplar) {

		boolean has(String... pairs) {
			for (int i = 0; i < pairs.length; i += 2) {
				if (!pairs[i + 1].equals(this.labels.get(pairs[i]))) {
					return false;
				}
			}
			return true;
		}

	}

	public record Exemplar(Map<String, String> labels, double value) {

		public String traceId() {
			return this.labels.get("trace_id");
		}

		public String spanId() {
			return this.labels.get("span_id");
		}

	}

	private static final class Cursor {

		private final String line;

		private int at;

		Cursor(String line) {
			this.line = line;
		}

		Sample sample() {
			String name = until(" {");
			Map<String, String> labels = labels();
			skip(' ');
			double value = number(until(" "));
			Exemplar exemplar = null;
			int hash = this.line.indexOf(" # {", this.at);
			if (hash >= 0) {
				this.at = hash + 3;
				Map<String, String> exemplarLabels = labels();
				skip(' ');
				exemplar = new Exemplar(exemplarLabels, number(until(" ")));
			}
			return new Sample(name, labels, value, exemplar);
		}

		private static double number(String value) {
			return switch (value) {
				case "+Inf" -> Double.POSITIVE_INFINITY;
				case "-Inf" -> Double.NEGATIVE_INFINITY;
				default -> Double.parseDouble(value);
			};
		}

		private Map<String, String> labels() {
			Map<String, String> labels = new LinkedHashMap<>();
			if (this.at >= this.line.length() || this.line.charAt(this.at) != '{') {
				return labels;
			}
			this.at++;
			while (this.line.charAt(this.at) != '}') {
				String label = until("=");
				this.at += 2;
				labels.put(label, quoted());
				if (this.line.charAt(this.at) == ',') {
					this.at++;
				}
			}
			this.at++;
			return labels;
		}

		private String quoted() {
			StringBuilder value = new StringBuilder();
			for (char c = this.line.charAt(this.at++); c != '"'; c = this.line.charAt(this.at++)) {
				if (c == '\\') {
					char escaped = this.line.charAt(this.at++);
					value.append((escaped == 'n') ? '\n' : escaped);
				}
				else {
					value.append(c);
				}
			}
			return value.toString();
		}

		private String until(String stops) {
			int start = this.at;
			while (this.at < this.line.length() && stops.indexOf(this.line.charAt(this.at)) < 0) {
				this.at++;
			}
			return this.line.substring(start, this.at);
		}

		private void skip(char c) {
			while (this.at < this.line.length() && this.line.charAt(this.at) == c) {
				this.at++;
			}
		}

	}

}
