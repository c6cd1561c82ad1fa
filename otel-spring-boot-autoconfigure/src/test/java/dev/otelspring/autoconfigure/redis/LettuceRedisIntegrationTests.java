package dev.otelspring.autoconfigure.redis;

import java.util.List;
import java.util.Map;

import dev.otelspring.testing.otlp.ReceivedSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis commands through Lettuce, Boot's default client, against the local Redis: blocking,
 * reactive and pipelined, with Boot's own Lettuce Observation auto-configuration active.
 */
class LettuceRedisIntegrationTests extends AbstractRedisIntegrationTests {

	@Override
	List<String> redisProperties() {
		return List.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379",
				"spring.data.redis.database=1");
	}

	@Override
	Map<String, Object> commandAttributes() {
		return Map.of("db.system.name", "redis", "db.namespace", "1", "server.address", "127.0.0.1",
				"server.port", 6379L);
	}

	@Override
	String queryText(String operation, int arguments) {
		return operation + " ?".repeat(arguments);
	}

	@Test
	void reactiveCommandsAreOneClientSpanEachInTheRequestsTrace() {
		List<ReceivedSpan> commands = commandSpans("/reactive", "SET", "GET");
		assertThat(commands.get(0).attributes()).containsEntry("db.query.text", "SET ? ?");
	}

}
