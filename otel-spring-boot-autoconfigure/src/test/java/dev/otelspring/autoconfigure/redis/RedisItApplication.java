package dev.otelspring.autoconfigure.redis;

import java.nio.charset.StandardCharsets;
import java.util.List;

import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application of the Redis integration tests: Spring MVC and Spring Data Redis, fully
 * auto-configured but for the database, which the test classpath would bring along. Every key
 * and value it sends holds a secret the tests look for in what was exported.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
@Import(RedisItApplication.RedisItController.class)
class RedisItApplication {

	static final String KEY = "otel-redis-it:SECRET-KEY-2718";

	static final String COUNTER = "otel-redis-it:SECRET-COUNTER-1414";

	static final String VALUE = "SECRET-VALUE-3141";

	static final String ARGUMENT = "SECRET-ARGUMENT-1618";

	static final List<String> SECRETS = List.of("SECRET-KEY-2718", "SECRET-COUNTER-1414", VALUE, ARGUMENT);

	@RestController
	static class RedisItController {

		private final StringRedisTemplate redis;

		private final ObjectProvider<ReactiveStringRedisTemplate> reactiveRedis;

		RedisItController(StringRedisTemplate redis, ObjectProvider<ReactiveStringRedisTemplate> reactiveRedis) {
			this.redis = redis;
			this.reactiveRedis = reactiveRedis;
		}

		@GetMapping("/settle")
		String settle() {
			return "settled";
		}

		@GetMapping("/blocking")
		String blocking() {
			this.redis.opsForValue().set(KEY, VALUE);
			return this.redis.opsForValue().get(KEY);
		}

		// Subscribed on another thread, so the trace must travel with the subscription.
		@GetMapping("/reactive")
		String reactive() {
			ReactiveStringRedisTemplate reactive = this.reactiveRedis.getObject();
			return reactive.opsForValue()
				.set(KEY, VALUE)
				.then(reactive.opsForValue().get(KEY))
				.subscribeOn(Schedulers.boundedElastic())
				.block();
		}

		@GetMapping("/pipelined")
		String pipelined() {
			List<Object> results = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				connection.stringCommands().set(bytes(KEY), bytes(VALUE));
				connection.stringCommands().get(bytes(KEY));
				connection.stringCommands().incr(bytes(COUNTER));
				return null;
			});
			return "pipelined " + results.size();
		}

		// The server quotes the arguments of an unknown command in its error.
		@GetMapping("/failure")
		String failure() {
			try {
				this.redis.execute((RedisCallback<Object>) (connection) -> connection.execute("NOSUCHCOMMAND",
						bytes(ARGUMENT)));
				return "executed";
			}
			catch (DataAccessException ex) {
				return "failed";
			}
		}

		private static byte[] bytes(String text) {
			return text.getBytes(StandardCharsets.UTF_8);
		}

	}

}
