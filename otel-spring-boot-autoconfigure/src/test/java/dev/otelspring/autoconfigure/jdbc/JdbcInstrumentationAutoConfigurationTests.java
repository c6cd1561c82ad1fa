package dev.otelspring.autoconfigure.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.OpenTelemetryDataSource;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcInstrumentationAutoConfigurationTests {

	private static final AttributeKey<String> DB_NAMESPACE = AttributeKey.stringKey("db.namespace");

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JdbcInstrumentationAutoConfiguration.class))
		.withBean(OpenTelemetry.class, () -> OpenTelemetrySdk.builder()
			.setTracerProvider(
					SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(this.spans)).build())
			.build());

	@Test
	void hikariPoolKeepsItsTypeAndStaysReachableThroughUnwrap() {
		this.runner.withBean("dataSource", HikariDataSource.class, () -> hikari("hikari")).run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			HikariDataSource pool = (HikariDataSource) ((Advised) dataSource).getTargetSource().getTarget();
			assertThat(dataSource).isInstanceOf(HikariDataSource.class).isNotSameAs(pool);
			assertThat(context.getBean(HikariDataSource.class)).isSameAs(dataSource);
			// Where the pool answers with itself, Spring AOP answers with the proxy, still a pool.
			assertThat(dataSource.unwrap(HikariDataSource.class)).isSameAs(dataSource);
			assertThat(dataSource.unwrap(HikariConfigMXBean.class).getPoolName()).isEqualTo(pool.getPoolName());
			assertThat(dataSource.isWrapperFor(HikariConfigMXBean.class)).isTrue();
			assertThat(DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class, HikariDataSource.class))
				.isNotNull();
			new JdbcTemplate(dataSource).execute("SELECT 1");
			assertThat(((HikariDataSource) dataSource).getHikariPoolMXBean().getTotalConnections()).isPositive();
			assertThat(this.spans.getFinishedSpanItems()).singleElement()
				.satisfies((span) -> assertThat(span.getName()).isEqualTo("SELECT"));
		});
	}

	@Test
	void plainDriverDataSourceIsInstrumented() {
		this.runner.withBean("dataSource", DataSource.class, () -> h2("plain")).run((context) -> {
			new JdbcTemplate(context.getBean(DataSource.class)).execute("CREATE TABLE plain_t (id INT)");
			assertThat(this.spans.getFinishedSpanItems()).singleElement()
				.satisfies((span) -> assertThat(span.getAttributes().get(DB_NAMESPACE)).isEqualTo("plain"));
		});
	}

	@Test
	void dataSourceOfAFinalClassGetsAnInterfaceProxy() {
		this.runner.withBean("dataSource", DataSource.class, () -> new FinalDataSource(h2("final")))
			.run((context) -> {
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(AopUtils.isJdkDynamicProxy(dataSource)).isTrue();
				new JdbcTemplate(dataSource).execute("SELECT 1");
				assertThat(this.spans.getFinishedSpanItems()).hasSize(1);
			});
	}

	@Test
	void routingDataSourceGetsOneSpanPerStatementNamingTheDatabaseThatRanIt() {
		this.runner.withUserConfiguration(RoutingConfiguration.class).run((context) -> {
			KeyRoutingDataSource routing = context.getBean(KeyRoutingDataSource.class);
			assertThat(routing).isNotInstanceOf(Advised.class);
			JdbcTemplate jdbc = new JdbcTemplate(routing);
			routing.use("orders");
			jdbc.execute("SELECT 1");
			routing.use("archive");
			jdbc.execute("SELECT 2");
			new JdbcTemplate(context.getBean("ordersDataSource", DataSource.class)).execute("SELECT 3");
			assertThat(this.spans.getFinishedSpanItems()).extracting((span) -> span.getAttributes().get(DB_NAMESPACE))
				.containsExactly("orders", "archive", "orders");
		});
	}

	@Test
	void backsOffWhenSwitchedOff() {
		this.runner.withPropertyValues("otel.instrumentation.jdbc.enabled=false")
			.withBean("dataSource", DataSource.class, () -> h2("off"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(JdbcTelemetry.class);
				assertThat(context.getBean(DataSource.class)).isInstanceOf(JdbcDataSource.class);
			});
	}

	@Test
	void backsOffWhenInstrumentationsAreOffByDefault() {
		this.runner.withPropertyValues("otel.instrumentation.common.default-enabled=false")
			.withBean("dataSource", DataSource.class, () -> h2("default-off"))
			.run((context) -> assertThat(context.getBean(DataSource.class)).isInstanceOf(JdbcDataSource.class));
	}

	@Test
	void backsOffWithoutTheLibrary() {
		this.runner.withClassLoader(new FilteredClassLoader(JdbcTelemetry.class))
			.withBean("dataSource", DataSource.class, () -> h2("absent"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean("otelDataSourceBeanPostProcessor");
				assertThat(context.getBean(DataSource.class)).isInstanceOf(JdbcDataSource.class);
			});
	}

	// Telemetry made inside the run: made here, before the auto-configuration switches on the stable
	// conventions, it would fix the old ones for every later test of this JVM.
	@Test
	void usesTheUsersTelemetry() {
		this.runner.withBean("ownTelemetry", JdbcTelemetry.class, () -> JdbcTelemetry.create(OpenTelemetry.noop()))
			.withBean("dataSource", DataSource.class, () -> h2("own"))
			.run((context) -> {
				assertThat(context).getBean(JdbcTelemetry.class).isSameAs(context.getBean("ownTelemetry"));
				new JdbcTemplate(context.getBean(DataSource.class)).execute("SELECT 1");
				assertThat(this.spans.getFinishedSpanItems()).isEmpty();
			});
	}

	@Test
	void leavesADataSourceTheUserInstrumentedAlone() {
		this.runner
			.withBean("dataSource", DataSource.class,
					() -> JdbcTelemetry.create(OpenTelemetry.noop()).wrap(h2("wrapped")))
			.run((context) -> assertThat(context.getBean(DataSource.class)).isInstanceOf(OpenTelemetryDataSource.class)
				.isNotInstanceOf(Advised.class));
	}

	private static HikariDataSource hikari(String name) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return pool;
	}

	private static JdbcDataSource h2(String name) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

	@Configuration(proxyBeanMethods = false)
	static class RoutingConfiguration {

		@Bean
		DataSource ordersDataSource() {
			return h2("orders");
		}

		// One target is a bean, instrumented before the router is; the other is the router's own.
		@Bean
		KeyRoutingDataSource routingDataSource(DataSource ordersDataSource) {
			KeyRoutingDataSource routing = new KeyRoutingDataSource();
			routing.setTargetDataSources(Map.of("orders", ordersDataSource, "archive", h2("archive")));
			return routing;
		}

	}

	static class KeyRoutingDataSource extends AbstractRoutingDataSource {

		private volatile String key;

		public void use(String key) {
			this.key = key;
		}

		@Override
		protected Object determineCurrentLookupKey() {
			return this.key;
		}

	}

	static final class FinalDataSource implements DataSource {

		private final DataSource delegate;

		FinalDataSource(DataSource delegate) {
			this.delegate = delegate;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return this.delegate.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return this.delegate.getConnection(username, password);
		}

		@Override
		public PrintWriter getLogWriter() throws SQLException {
			return this.delegate.getLogWriter();
		}

		@Override
		public void setLogWriter(PrintWriter out) throws SQLException {
			this.delegate.setLogWriter(out);
		}

		@Override
		public void setLoginTimeout(int seconds) throws SQLException {
			this.delegate.setLoginTimeout(seconds);
		}

		@Override
		public int getLoginTimeout() throws SQLException {
			return this.delegate.getLoginTimeout();
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			return this.delegate.unwrap(type);
		}

		@Override
		public boolean isWrapperFor(Class<?> type) throws SQLException {
			return this.delegate.isWrapperFor(type);
		}

	}

}
