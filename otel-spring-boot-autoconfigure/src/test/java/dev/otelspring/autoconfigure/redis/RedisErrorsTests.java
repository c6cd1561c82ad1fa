package dev.otelspring.autoconfigure.redis;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisErrorsTests {

	private static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("exception.message");

	@Test
	void argumentsEchoedByTheServerAreLeftOut() {
		assertThat(RedisErrors.redact("ERR unknown command 'FOO', with args beginning with: 'SECRET' 'x' "))
			.isEqualTo("ERR unknown command '?'");
		assertThat(RedisErrors.redact("ERR unknown subcommand 'SECRET'. Try CLIENT HELP."))
			.isEqualTo("ERR unknown subcommand '?'. Try CLIENT HELP.");
	}

	@Test
	void messageOfACommandCarryingCredentialsIsLeftOut() {
		Attributes attributes = RedisErrors.exceptionAttributes(new IllegalStateException("WRONGPASS SECRET"), true);
		assertThat(attributes.get(MESSAGE)).isNull();
		assertThat(attributes.get(AttributeKey.stringKey("exception.type")))
			.isEqualTo(IllegalStateException.class.getName());
	}

	@Test
	void plainMessageIsKept() {
		assertThat(RedisErrors.exceptionAttributes(new IllegalStateException("ERR value is not an integer"), false)
			.get(MESSAGE)).isEqualTo("ERR value is not an integer");
	}

}
