package dev.otelspring.autoconfigure.redis;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.opentelemetry.context.Context;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.data.redis.connection.RedisConnection;

/**
 * Traces the commands of one Spring Data Redis connection to Jedis, which has no tracing hook of
 * its own: one span per method that sends a command ({@link JedisOperations}), on the connection
 * and on the command interfaces it hands out ({@code stringCommands()} and the like). Calls the
 * connection makes on itself are not seen, so a command is spanned once.
 * <p>
 * A command queued in a pipeline or a transaction runs when the pipeline is closed or the
 * transaction executed, and its span ends then.
 */
final class JedisCommandInterceptor implements MethodInterceptor {

	private static final Set<String> RUNS_QUEUED = Set.of("closePipeline", "exec", "discard");

	private final RedisCommandSpans spans;

	private final RedisConnection connection;

	private final RedisEndpoint endpoint;

	private final List<QueuedCommand> queued = new ArrayList<>();

	private JedisCommandInterceptor(RedisCommandSpans spans, RedisConnection connection, RedisEndpoint endpoint) {
		this.spans = spans;
		this.connection = connection;
		this.endpoint = endpoint;
	}

	static RedisConnection proxy(RedisConnection connection, RedisCommandSpans spans, RedisEndpoint endpoint) {
		return (RedisConnection) proxy(connection, new JedisCommandInterceptor(spans, connection, endpoint));
	}

	private static Object proxy(Object target, JedisCommandInterceptor interceptor) {
		ProxyFactory proxyFactory = new ProxyFactory(target);
		proxyFactory.addAdvice(interceptor);
		return proxyFactory.getProxy();
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Method method = invocation.getMethod();
		if (JedisOperations.isCommandInterface(method.getReturnType())) {
			Object commands = invocation.proceed();
			return (commands != null) ? proxy(commands, this) : null;
		}
		if (method.getName().equals("close")) {
			// Whatever is still queued was never sent.
			this.queued.clear();
		}
		String operation = JedisOperations.of(method, invocation.getArguments());
		boolean runsQueued = RUNS_QUEUED.contains(method.getName());
		if (operation == null && !runsQueued) {
			return invocation.proceed();
		}
		QueuedCommand command = new QueuedCommand(Context.current(), operation, Instant.now());
		boolean queues = !runsQueued && (this.connection.isPipelined() || this.connection.isQueueing());
		try {
			Object result = invocation.proceed();
			if ("SELECT".equals(operation) && invocation.getArguments()[0] instanceof Integer database) {
				this.endpoint.selected(database);
			}
			end(command, queues, runsQueued, null);
			return result;
		}
		catch (Throwable ex) {
			end(command, false, runsQueued, ex);
			throw ex;
		}
	}

	private void end(QueuedCommand command, boolean queues, boolean runsQueued, Throwable failure) {
		if (queues) {
			this.queued.add(command);
		}
		else if (command.operation() != null) {
			record(command, failure);
		}
		if (runsQueued) {
			this.queued.forEach((queuedCommand) -> record(queuedCommand, failure));
			this.queued.clear();
		}
	}

	private void record(QueuedCommand command, Throwable failure) {
		this.spans.record(command.parent(), command.operation(), null, this.endpoint, command.start(), failure);
	}

	private record QueuedCommand(Context parent, String operation, Instant start) {
	}

}
