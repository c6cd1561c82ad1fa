package dev.otelspring.autoconfigure.redis;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.connection.RedisZSetCommands;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class JedisOperationsTests {

	@Test
	void methodsNamedAfterACommandSendIt() {
		assertThat(operation(RedisStringCommands.class, "set", byte[].class, byte[].class)).isEqualTo("SET");
		assertThat(operation(RedisStringCommands.class, "getSet", byte[].class, byte[].class)).isEqualTo("GETSET");
		assertThat(operation(RedisConnection.class, "select", int.class)).isEqualTo("SELECT");
	}

	@Test
	void scoresAreAnArgumentNotACommand() {
		assertThat(operation(RedisZSetCommands.class, "zRangeWithScores", byte[].class, long.class, long.class))
			.isEqualTo("ZRANGE");
	}

	@Test
	void methodsThatSendNoCommandOrBlockForASubscriptionAreNotSpanned() {
		assertThat(operation(RedisConnection.class, "close")).isNull();
		assertThat(operation(RedisConnection.class, "openPipeline")).isNull();
		assertThat(operation(RedisConnection.class, "subscribe", MessageListener.class, byte[][].class)).isNull();
	}

	@Test
	void arbitraryCommandIsNamedByItsFirstWordOnly() {
		Method execute = ReflectionUtils.findMethod(RedisConnection.class, "execute", String.class, byte[][].class);
		assertThat(JedisOperations.of(execute, new Object[] { "client list", new byte[0][] })).isEqualTo("CLIENT");
		assertThat(JedisOperations.of(execute, new Object[] { "'SECRET' --", new byte[0][] })).isEqualTo("UNKNOWN");
	}

	private static String operation(Class<?> type, String name, Class<?>... parameterTypes) {
		Method method = ReflectionUtils.findMethod(type, name, parameterTypes);
		assertThat(method).as(name).isNotNull();
		return JedisOperations.of(method, new Object[parameterTypes.length]);
	}

}
