package dev.otelspring.autoconfigure.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlQueryRedactorTests {

	private final UrlQueryRedactor redactor = new UrlQueryRedactor(
			new HttpInstrumentationProperties().getClient().getSensitiveQueryParameters());

	@Test
	void redactsSensitiveValuesAndKeepsTheRest() {
		assertThat(this.redactor.redactUrl("http://localhost:8080/a?password=secret&page=2"))
			.isEqualTo("http://localhost:8080/a?password=REDACTED&page=2");
	}

	@Test
	void matchesNamesCaseInsensitively() {
		assertThat(this.redactor.redactUrl("https://h/p?Access_Token=t&awsaccesskeyid=k&X-GOOG-SIGNATURE=s"))
			.isEqualTo("https://h/p?Access_Token=REDACTED&awsaccesskeyid=REDACTED&X-GOOG-SIGNATURE=REDACTED");
	}

	@Test
	void redactsEveryOccurrenceAndEmptyValues() {
		assertThat(this.redactor.redactUrl("http://h/?token=a&token=&q=x&token"))
			.isEqualTo("http://h/?token=REDACTED&token=REDACTED&q=x&token");
	}

	@Test
	void theQueryStartsAtTheFirstQuestionMarkAndEndsAtTheFragment() {
		assertThat(this.redactor.redactUrl("http://h/p?q=a?b&sig=abc#frag"))
			.isEqualTo("http://h/p?q=a?b&sig=REDACTED#frag");
		assertThat(this.redactor.redactUrl("http://h/p#a?token=x")).isEqualTo("http://h/p#a?token=x");
		assertThat(this.redactor.redactUrl("http://h/p")).isEqualTo("http://h/p");
	}

	@Test
	void redactsUserInfoLikeTheLibrary() {
		assertThat(this.redactor.redactUrl("http://user:pw@h:81/p?page=1"))
			.isEqualTo("http://REDACTED:REDACTED@h:81/p?page=1");
	}

	@Test
	void redactsABareQueryForServerSpans() {
		assertThat(this.redactor.redactQuery("page=2&api_key=k")).isEqualTo("page=2&api_key=REDACTED");
	}

	@Test
	void usesTheConfiguredNamesOnly() {
		assertThat(new UrlQueryRedactor(List.of("custom")).redactUrl("http://h/?custom=1&password=2"))
			.isEqualTo("http://h/?custom=REDACTED&password=2");
	}

}
