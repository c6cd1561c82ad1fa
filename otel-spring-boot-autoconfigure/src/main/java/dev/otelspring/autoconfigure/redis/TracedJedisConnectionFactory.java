package dev.otelspring.autoconfigure.redis;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;

/**
 * A class-based proxy of a {@link JedisConnectionFactory}, so that it keeps its type, whose
 * connections are traced by a {@link JedisCommandInterceptor}.
 */
final class TracedJedisConnectionFactory implements MethodInterceptor {

	private final JedisConnectionFactory factory;

	private final RedisCommandSpans spans;

	private TracedJedisConnectionFactory(JedisConnectionFactory factory, RedisCommandSpans spans) {
		this.factory = factory;
		this.spans = spans;
	}

	static JedisConnectionFactory create(JedisConnectionFactory factory, RedisCommandSpans spans) {
		ProxyFactory proxyFactory = new ProxyFactory(factory);
		proxyFactory.setProxyTargetClass(true);
		proxyFactory.addAdvice(new TracedJedisConnectionFactory(factory, spans));
		return (JedisConnectionFactory) proxyFactory.getProxy();
	}

	static boolean isTraced(Object bean) {
		return bean instanceof Advised advised && advised.getAdvisors().length > 0
				&& advised.getAdvisors()[0].getAdvice() instanceof TracedJedisConnectionFactory;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Object result = invocation.proceed();
		String name = invocation.getMethod().getName();
		if (result instanceof RedisConnection connection
				&& (name.equals("getConnection") || name.equals("getClusterConnection"))) {
			return JedisCommandInterceptor.proxy(connection, this.spans, endpoint());
		}
		return result;
	}

	// A cluster's commands go to many nodes, and a sentinel's master is found at run time.
	private RedisEndpoint endpoint() {
		if (this.factory.isRedisClusterAware() || this.factory.isRedisSentinelAware()) {
			return new RedisEndpoint(null, null, this.factory.getDatabase());
		}
		return new RedisEndpoint(this.factory.getHostName(), this.factory.getPort(), this.factory.getDatabase());
	}

}
