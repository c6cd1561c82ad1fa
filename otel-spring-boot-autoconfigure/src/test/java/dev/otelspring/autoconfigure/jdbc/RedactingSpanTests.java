package dev.otelspring.autoconfigure.jdbc;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class RedactingSpanTests {

	// The sanitizer initializes the library's SemconvStability, which reads the opt-in once per
	// JVM: the other tests of this JVM need it to have been applied first, as an application does.
	@BeforeAll
	static void optInToStableDatabaseConventions() {
		DatabaseSemconvOptIn.apply(new MockEnvironment());
	}

	private static final AttributeKey<String> NAME = AttributeKey.stringKey("item.name");

	private final Span delegate = mock(Span.class);

	private final Span span = new RedactingSpan(this.delegate);

	@Test
	void forwardsEveryCallThatRecordsNoStatementData() {
		SpanContext link = SpanContext.getInvalid();
		Attributes attributes = Attributes.of(NAME, "apples");
		given(this.delegate.getSpanContext()).willReturn(link);
		given(this.delegate.isRecording()).willReturn(true);

		assertThat(this.span.setAttribute(NAME, "apples")).isSameAs(this.span);
		assertThat(this.span.setAttribute("stock", 120L)).isSameAs(this.span);
		assertThat(this.span.setAllAttributes(attributes)).isSameAs(this.span);
		assertThat(this.span.addEvent("fetched", attributes)).isSameAs(this.span);
		assertThat(this.span.addEvent("fetched", attributes, 7, TimeUnit.SECONDS)).isSameAs(this.span);
		assertThat(this.span.addLink(link)).isSameAs(this.span);
		assertThat(this.span.addLink(link, attributes)).isSameAs(this.span);
		assertThat(this.span.updateName("SELECT items")).isSameAs(this.span);
		this.span.end(9, TimeUnit.SECONDS);
		this.span.end();

		verify(this.delegate).setAttribute(NAME, "apples");
		verify(this.delegate).setAttribute(AttributeKey.longKey("stock"), 120L);
		verify(this.delegate).setAllAttributes(attributes);
		verify(this.delegate).addEvent("fetched", attributes);
		verify(this.delegate).addEvent("fetched", attributes, 7, TimeUnit.SECONDS);
		verify(this.delegate).addLink(link);
		verify(this.delegate).addLink(link, attributes);
		verify(this.delegate).updateName("SELECT items");
		verify(this.delegate).end(9, TimeUnit.SECONDS);
		verify(this.delegate).end();
		assertThat(this.span.getSpanContext()).isSameAs(link);
		assertThat(this.span.isRecording()).isTrue();
	}

	@Test
	void contextHoldsTheRedactingSpan() {
		assertThat(Span.fromContext(Context.root().with(this.span))).isSameAs(this.span);
	}

	@Test
	void queryTextIsSanitizedByKeyAndByName() {
		this.span.setAttribute(QueryAttributes.QUERY_TEXT, "DELETE FROM items WHERE sku = 'SECRET'");
		this.span.setAttribute("db.query.text", "UPDATE items SET stock = 0 WHERE sku = 'SECRET'");

		verify(this.delegate).setAttribute(QueryAttributes.QUERY_TEXT, "DELETE FROM items WHERE sku = ?");
		verify(this.delegate).setAttribute(QueryAttributes.QUERY_TEXT, "UPDATE items SET stock = ? WHERE sku = ?");
	}

	@Test
	void allAttributesWithAQueryTextAreCompleted() {
		this.span.setAllAttributes(Attributes.of(QueryAttributes.QUERY_TEXT, "SELECT name FROM items WHERE sku = 'SECRET'"));

		verify(this.delegate).setAttribute(QueryAttributes.QUERY_TEXT, "SELECT name FROM items WHERE sku = ?");
		verify(this.delegate).setAttribute(AttributeKey.stringKey("db.operation.name"), "SELECT");
		verify(this.delegate).setAttribute(AttributeKey.stringKey("db.collection.name"), "items");
	}

	@Test
	void statusKeepsNoDescription() {
		this.span.setStatus(StatusCode.ERROR, "Duplicate entry 'SECRET' for key 'sku'");

		verify(this.delegate).setStatus(StatusCode.ERROR);
		verify(this.delegate, never()).setStatus(any(), anyString());
	}

	@Test
	void exceptionIsAnEventWithoutMessagesAndWithTheGivenAttributes() {
		this.span.recordException(new SQLException("Duplicate entry 'SECRET'", "23000", 1062),
				Attributes.of(NAME, "apples"));

		ArgumentCaptor<Attributes> event = ArgumentCaptor.forClass(Attributes.class);
		verify(this.delegate).addEvent(eq("exception"), event.capture());
		verify(this.delegate, never()).recordException(any(), any());
		assertThat(event.getValue().get(AttributeKey.stringKey("exception.message")))
			.isEqualTo("message redacted (SQLState 23000, error code 1062)");
		assertThat(event.getValue().get(NAME)).isEqualTo("apples");
		assertThat(event.getValue().asMap().values()).noneMatch((value) -> value.toString().contains("SECRET"));
	}

}
