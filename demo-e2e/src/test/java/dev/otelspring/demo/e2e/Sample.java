package dev.otelspring.demo.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sample line of a Prometheus text or OpenMetrics scrape, with its exemplar if it has one.
 *
 * @param name the sample's name, such as {@code traces_span_metrics_duration_seconds_bucket}
 * @param labels its labels
 * @param exemplar the exemplar's labels ({@code trace_id}, {@code span_id}), empty when none
 */
record Sample(String name, Map<String, String> labels, Map<String, String> exemplar) {

	String label(String name) {
		return this.labels.getOrDefault(name, "");
	}

	/**
	 * Parses a scrape. Label values are read as quoted strings, since span names hold braces and
	 * spaces ({@code span_name="POST /carts/{cartId}/items"}).
	 */
	static List<Sample> parse(String scrape) {
		List<Sample> samples = new ArrayList<>();
		for (String line : scrape.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Cursor cursor = new Cursor(line);
			String name = cursor.identifier();
			Map<String, String> labels = cursor.peek('{') ? cursor.labels() : Map.of();
			int exemplarAt = cursor.indexOf(" # {");
			Map<String, String> exemplar = Map.of();
			if (exemplarAt >= 0) {
				cursor.moveTo(exemplarAt + 3);
				exemplar = cursor.labels();
			}
			samples.add(new Sample(name, labels, exemplar));
		}
		return samples;
	}

	/**
	 * Reads a line of the exposition formats, character by character.
	 */
	private static final class Cursor {

		private final String text;

		private int at;

		Cursor(String text) {
			this.text = text;
		}

		boolean peek(char expected) {
			return this.at < this.text.length() && this.text.charAt(this.at) == expected;
		}

		int indexOf(String part) {
			return this.text.indexOf(part, this.at);
		}

		void moveTo(int position) {
			this.at = position;
		}

		String identifier() {
			int start = this.at;
			while (this.at < this.text.length() && isNameChar(this.text.charAt(this.at))) {
				this.at++;
			}
			return this.text.substring(start, this.at);
		}

		Map<String, String> labels() {
			Map<String, String> labels = new LinkedHashMap<>();
			expect('{');
			while (!peek('}')) {
				String name = identifier();
				expect('=');
				labels.put(name, quoted());
				if (peek(',')) {
					this.at++;
				}
			}
			expect('}');
			return labels;
		}

		private String quoted() {
			expect('"');
			StringBuilder value = new StringBuilder();
			while (!peek('"')) {
				char c = this.text.charAt(this.at++);
				if (c == '\\') {
					char escaped = this.text.charAt(this.at++);
					value.append((escaped == 'n') ? '\n' : escaped);
				}
				else {
					value.append(c);
				}
			}
			expect('"');
			return value.toString();
		}

		private void expect(char expected) {
			if (!peek(expected)) {
				throw new IllegalArgumentException("Expected '" + expected + "' at " + this.at + " of: " + this.text);
			}
			this.at++;
		}

		private static boolean isNameChar(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == ':';
		}

	}

}
