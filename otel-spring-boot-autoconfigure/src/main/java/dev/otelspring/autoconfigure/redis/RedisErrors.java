package dev.otelspring.autoconfigure.redis;

import java.util.regex.Pattern;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;

/**
 * The {@code exception} event of a failed command, with argument values kept out of its message.
 * <p>
 * Why: Redis quotes arguments in some replies ({@code unknown command 'x', with args beginning
 * with: 'secret'}, {@code unknown subcommand 'x'}), and they reach the client's exception. Quoted
 * text becomes {@code '?'}; the message of a command that carries credentials is left out, and so
 * is the stack trace, whose text repeats the messages of every cause.
 */
final class RedisErrors {

	private static final Pattern ARGUMENTS_ECHO = Pattern.compile(",? ?with args beginning with:.*",
			Pattern.DOTALL);

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	private RedisErrors() {
	}

	static Attributes exceptionAttributes(Throwable error, boolean carriesCredentials) {
		AttributesBuilder attributes = Attributes.builder()
			.put(AttributeKey.stringKey("exception.type"), error.getClass().getName());
		String message = carriesCredentials ? null : redact(error.getMessage());
		if (message != null) {
			attributes.put(AttributeKey.stringKey("exception.message"), message);
		}
		return attributes.build();
	}

	static String redact(String message) {
		if (message == null) {
			return null;
		}
		String withoutEcho = ARGUMENTS_ECHO.matcher(message).replaceAll("");
		return QUOTED.matcher(withoutEcho).replaceAll("'?'");
	}

}
