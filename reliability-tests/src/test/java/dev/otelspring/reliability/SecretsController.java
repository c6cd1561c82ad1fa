package dev.otelspring.reliability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * Everything at once that carries a secret: a statement with a literal, Redis behind a password,
 * a call whose URL holds a password and a token and whose request an Authorization header, and a
 * statement whose failure, quoting a literal, escapes the controller.
 */
@RestController
class SecretsController {

	static final String SQL_LITERAL = "SQL-LITERAL-4F7A19";

	static final String FAILED_SQL_LITERAL = "SQL-FAILED-LITERAL-8C2E55";

	static final String URL_PASSWORD = "URL-PASSWORD-93D1B0";

	static final String URL_TOKEN = "URL-TOKEN-27E6C4";

	static final String CLIENT_AUTHORIZATION = "Bearer CLIENT-AUTH-5A0F3E";

	private final JdbcClient jdbc;

	private final RestClient downstream;

	private final ObjectProvider<StringRedisTemplate> redis;

	SecretsController(JdbcClient jdbc, RestClient downstream, ObjectProvider<StringRedisTemplate> redis) {
		this.jdbc = jdbc;
		this.downstream = downstream;
		this.redis = redis;
	}

	@GetMapping("/secrets")
	String secrets() {
		int found = this.jdbc.sql("SELECT name FROM " + ReliabilityApp.TABLE + " WHERE name = '" + SQL_LITERAL + "'")
			.query(String.class)
			.list()
			.size();
		this.redis.getObject().opsForValue().set("reliability:secrets", "checked");
		String answer = this.downstream.get()
			.uri("/downstream?password=" + URL_PASSWORD + "&token=" + URL_TOKEN)
			.header("Authorization", CLIENT_AUTHORIZATION)
			.retrieve()
			.body(String.class);
		return found + " " + answer;
	}

	// Unhandled on purpose: Spring's BadSqlGrammarException, whose message quotes the statement,
	// reaches the SERVER span and the container's error log.
	@GetMapping("/failing-sql")
	String failingSql() {
		return this.jdbc.sql("SELECT name FROM missing_table WHERE name = '" + FAILED_SQL_LITERAL + "'")
			.query(String.class)
			.single();
	}

}
