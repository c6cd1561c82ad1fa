package dev.otelspring.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.otelspring.autoconfigure.jdbc.JdbcInstrumentationAutoConfiguration;
import dev.otelspring.benchmarks.StarterContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What our JDBC instrumentation adds to a statement: a pooled connection taken, a query by key
 * prepared, run and read, everything closed, on an embedded H2 database. {@code plain} uses the
 * pool as it is; {@code instrumented} the same kind of pool, declared as a bean and wrapped by our
 * auto-configuration (one CLIENT span per statement, query text sanitized, through span metrics
 * and the batch processor). No span is current, as in a scheduled job: the statement's span is a
 * root span, sampled.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JdbcBenchmark {

	private static final String QUERY = "SELECT id, name, stock FROM item WHERE id = ?";

	/**
	 * Statements run on each data source before the first iteration: well past the invocation
	 * counts after which the JIT compiles the statement's path fully.
	 */
	private static final int WARM_UP_STATEMENTS = 30_000;

	@Benchmark
	public int plain(Databases databases) throws SQLException {
		return query(databases.plain);
	}

	@Benchmark
	public int instrumented(Databases databases) throws SQLException {
		return query(databases.instrumented);
	}

	private static int query(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(QUERY)) {
			statement.setInt(1, 1);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(3) + result.getString(2).length();
			}
		}
	}

	@State(Scope.Benchmark)
	public static class Databases {

		HikariDataSource plainPool;

		DataSource plain;

		StarterContext context;

		DataSource instrumented;

		@Setup
		public void setUp() throws SQLException {
			this.plainPool = pool("plain");
			this.plain = this.plainPool;
			this.context = StarterContext.start(Map.of(), StarterContext.DiscardingTelemetry.class, StarterContext.DiscardingLogs.class,
					Instrumentation.class);
			this.instrumented = this.context.bean(DataSource.class);
			if (this.instrumented == this.plain || this.instrumented.getClass() == HikariDataSource.class) {
				throw new IllegalStateException("The data source bean was not instrumented");
			}
			warmUp(this.plain);
			warmUp(this.instrumented);
		}

		// Why here and not in warm-up iterations: the suite is run with -wi 2 -w 1s, which overrides
		// any @Warmup. The instrumented path (library, SDK, span metrics, redaction) is far more code
		// than the pool's, and on a loaded machine its compilation was still going on in the
		// measured iterations, at interpreted speed: milliseconds per statement.
		private static void warmUp(DataSource dataSource) throws SQLException {
			for (int i = 0; i < WARM_UP_STATEMENTS; i++) {
				query(dataSource);
			}
		}

		@TearDown
		public void tearDown() {
			this.context.close();
			this.plainPool.close();
		}

		static HikariDataSource pool(String name) throws SQLException {
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
			pool.setUsername("sa");
			pool.setMaximumPoolSize(2);
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS item (id INT PRIMARY KEY, name VARCHAR(64), stock INT)");
				statement.execute("MERGE INTO item (id, name, stock) KEY (id) VALUES (1, 'apples', 120)");
			}
			return pool;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(JdbcInstrumentationAutoConfiguration.class)
	static class Instrumentation {

		@Bean(destroyMethod = "close")
		HikariDataSource dataSource() throws SQLException {
			return Databases.pool("instrumented");
		}

	}

}
