package dev.otelspring.autoconfigure.redis;

import java.util.List;
import java.util.Map;

/**
 * Redis commands through Jedis against the local Redis: blocking and pipelined. Jedis has no
 * reactive API.
 */
class JedisRedisIntegrationTests extends AbstractRedisIntegrationTests {

	@Override
	List<String> redisProperties() {
		return List.of("spring.data.redis.client-type=jedis", "spring.data.redis.host=127.0.0.1",
				"spring.data.redis.port=6379", "spring.data.redis.database=2");
	}

	@Override
	Map<String, Object> commandAttributes() {
		return Map.of("db.system.name", "redis", "db.namespace", "2", "server.address", "127.0.0.1",
				"server.port", 6379L);
	}

	// Spans are made at Spring Data Redis's level, where the arguments on the wire are not known.
	@Override
	String queryText(String operation, int arguments) {
		return null;
	}

}
