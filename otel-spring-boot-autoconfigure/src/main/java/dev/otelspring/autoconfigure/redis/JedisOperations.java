package dev.otelspring.autoconfigure.redis;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.redis.core.RedisCommand;

/**
 * The Redis command that a method of a Spring Data Redis connection sends, or {@code null} when it
 * sends none, or blocks for as long as a subscription lasts.
 * <p>
 * Spring Data names these methods after their commands ({@code set}, {@code hSet},
 * {@code zRangeByScore}, ...), so its own case-insensitive {@link RedisCommand} lookup identifies
 * them, and methods such as {@code close} or {@code openPipeline} match nothing.
 */
final class JedisOperations {

	private static final Set<String> SUBSCRIPTIONS = Set.of("SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "MONITOR");

	private static final Pattern COMMAND_NAME = Pattern.compile("[A-Z][A-Z0-9_.|-]{0,39}");

	private static final String WITH_SCORES = "WITHSCORES";

	private JedisOperations() {
	}

	/** Whether a connection method hands out one of its command interfaces, {@code stringCommands()} say. */
	static boolean isCommandInterface(Class<?> type) {
		return type.isInterface() && type.getPackageName().equals("org.springframework.data.redis.connection")
				&& type.getSimpleName().endsWith("Commands");
	}

	static String of(Method method, Object[] arguments) {
		if (method.getName().equals("execute") && arguments.length > 0 && arguments[0] instanceof String command) {
			// The command is the caller's text: keep its first word, and only if it looks like one.
			String name = command.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
			return COMMAND_NAME.matcher(name).matches() ? name : "UNKNOWN";
		}
		RedisCommand command = RedisCommand.failsafeCommandLookup(method.getName());
		String name = command.name();
		if (command == RedisCommand.UNKNOWN || SUBSCRIPTIONS.contains(name)) {
			return null;
		}
		// zRangeWithScores and friends send ZRANGE ... WITHSCORES.
		return name.endsWith(WITH_SCORES) ? name.substring(0, name.length() - WITH_SCORES.length()) : name;
	}

}
