package dev.otelspring.autoconfigure.jdbc;

import java.lang.reflect.Modifier;
import java.util.Arrays;

import javax.sql.DataSource;

import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.OpenTelemetryDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.AopConfigException;
import org.springframework.aop.framework.ProxyFactory;

/**
 * A proxy of a data source whose connections come from the library's wrapper, so statements on
 * them are spanned, and whose every other method reaches the data source itself.
 * <p>
 * Why a proxy rather than the library's {@link OpenTelemetryDataSource} as the bean: the bean keeps
 * its type (a class-based proxy of a {@code HikariDataSource} is a {@code HikariDataSource}, the
 * kind of proxy Boot's AOP makes by default), so injection by class, Boot's pool metrics and JMX,
 * {@code unwrap()} and {@code isWrapperFor()} all reach the pool as without us. Classes that cannot
 * be subclassed get an interface-based proxy.
 */
final class InstrumentedDataSource implements MethodInterceptor {

	private final DataSource traced;

	private InstrumentedDataSource(DataSource traced) {
		this.traced = traced;
	}

	static DataSource create(DataSource dataSource, JdbcTelemetry telemetry) {
		ProxyFactory proxyFactory = new ProxyFactory(dataSource);
		proxyFactory.addAdvice(new InstrumentedDataSource(telemetry.wrap(dataSource)));
		proxyFactory.setProxyTargetClass(!Modifier.isFinal(dataSource.getClass().getModifiers()));
		try {
			return (DataSource) proxyFactory.getProxy();
		}
		catch (AopConfigException ex) {
			// A class CGLIB cannot extend, a private one for example.
			proxyFactory.setProxyTargetClass(false);
			return (DataSource) proxyFactory.getProxy();
		}
	}

	static boolean isInstrumented(DataSource dataSource) {
		return dataSource instanceof OpenTelemetryDataSource || (dataSource instanceof Advised advised && Arrays
			.stream(advised.getAdvisors())
			.anyMatch((advisor) -> advisor.getAdvice() instanceof InstrumentedDataSource));
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (invocation.getMethod().getName().equals("getConnection")) {
			Object[] arguments = invocation.getArguments();
			if (arguments.length == 0) {
				return this.traced.getConnection();
			}
			if (arguments.length == 2) {
				return this.traced.getConnection((String) arguments[0], (String) arguments[1]);
			}
		}
		return invocation.proceed();
	}

}
