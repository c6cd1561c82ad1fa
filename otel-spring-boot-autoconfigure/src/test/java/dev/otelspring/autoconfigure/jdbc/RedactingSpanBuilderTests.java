package dev.otelspring.autoconfigure.jdbc;

import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class RedactingSpanBuilderTests {

	// The sanitizer initializes the library's SemconvStability, which reads the opt-in once per
	// JVM: the other tests of this JVM need it to have been applied first, as an application does.
	@BeforeAll
	static void optInToStableDatabaseConventions() {
		DatabaseSemconvOptIn.apply(new MockEnvironment());
	}

	private static final AttributeKey<String> NAME = AttributeKey.stringKey("item.name");

	private final SpanBuilder delegate = mock(SpanBuilder.class, Answers.RETURNS_SELF);

	private final SpanBuilder builder = new RedactingSpanBuilder(this.delegate);

	@Test
	void forwardsEveryCallAndStartsARedactingSpan() {
		SpanContext link = SpanContext.getInvalid();
		Attributes attributes = Attributes.of(NAME, "apples");
		Span started = mock(Span.class);
		given(this.delegate.startSpan()).willReturn(started);

		assertThat(this.builder.setParent(Context.root())
			.setNoParent()
			.addLink(link)
			.addLink(link, attributes)
			.setAttribute("name", "apples")
			.setAttribute("stock", 120L)
			.setAttribute("price", 1.5)
			.setAttribute("fresh", true)
			.setAttribute(NAME, "pears")
			.setAllAttributes(attributes)
			.setSpanKind(SpanKind.CLIENT)
			.setStartTimestamp(7, TimeUnit.SECONDS)).isSameAs(this.builder);
		Span span = this.builder.startSpan();

		verify(this.delegate).setParent(Context.root());
		verify(this.delegate).setNoParent();
		verify(this.delegate).addLink(link);
		verify(this.delegate).addLink(link, attributes);
		verify(this.delegate).setAttribute("name", "apples");
		verify(this.delegate).setAttribute("stock", 120L);
		verify(this.delegate).setAttribute("price", 1.5);
		verify(this.delegate).setAttribute("fresh", true);
		verify(this.delegate).setAttribute(NAME, "pears");
		verify(this.delegate).setAllAttributes(attributes);
		verify(this.delegate).setSpanKind(SpanKind.CLIENT);
		verify(this.delegate).setStartTimestamp(7, TimeUnit.SECONDS);
		assertThat(span).isInstanceOf(RedactingSpan.class);
		span.end();
		verify(started).end();
	}

	@Test
	void goesOnWithTheBuilderTheDelegateReturns() {
		SpanBuilder next = mock(SpanBuilder.class);
		given(this.delegate.setSpanKind(SpanKind.CLIENT)).willReturn(next);

		this.builder.setSpanKind(SpanKind.CLIENT).startSpan();

		verify(next).startSpan();
	}

	@Test
	void queryTextIsSanitizedByKeyAndByName() {
		this.builder.setAttribute(QueryAttributes.QUERY_TEXT, "DELETE FROM items WHERE sku = 'SECRET'")
			.setAttribute("db.query.text", "UPDATE items SET stock = 0 WHERE sku = 'SECRET'");

		verify(this.delegate).setAttribute(QueryAttributes.QUERY_TEXT, "DELETE FROM items WHERE sku = ?");
		verify(this.delegate).setAttribute("db.query.text", "UPDATE items SET stock = ? WHERE sku = ?");
	}

}
