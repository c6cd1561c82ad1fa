package dev.otelspring.autoconfigure.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * The OpenTelemetry that the JDBC library gets: ours, seen through proxies from the tracer
 * provider down to the spans, which make sure no data of a statement is recorded. The query text
 * is sanitized whatever the library decided ({@link QueryAttributes}), and an exception keeps its
 * type, SQLState, vendor code and stack frames, but none of its messages
 * ({@link RedactedException}).
 * <p>
 * Why for exceptions: drivers put data into their messages. H2 quotes the whole statement,
 * literals included, PostgreSQL's detail gives the values of a duplicate key, MariaDB the duplicate
 * entry. The library records an exception as it is and has no hook to change that.
 * <p>
 * Why the meters too: the library hands the same start attributes, raw {@code db.query.text}
 * included, to its {@code db.client.operation.duration} histogram. The metric's points keep only
 * the advised attributes, but the SDK keeps the rest with each exemplar, which is exported. So
 * every measurement passes through here as well, its query text sanitized the same way.
 */
final class SqlRedactingTelemetry implements InvocationHandler {

	private static final Set<Class<?>> PROXIED = Set.of(OpenTelemetry.class, TracerProvider.class,
			TracerBuilder.class, Tracer.class, SpanBuilder.class, Span.class);

	/** The metrics API and its incubator, whose extended builders the library casts to. */
	private static final Set<String> METRICS_PACKAGES = Set.of("io.opentelemetry.api.metrics",
			"io.opentelemetry.api.incubator.metrics");

	private final Object delegate;

	/** Whether the delegate is a meter provider, meter, builder or instrument. */
	private final boolean measures;

	private SqlRedactingTelemetry(Object delegate) {
		this.delegate = delegate;
		this.measures = !metricsInterfaces(delegate).isEmpty();
	}

	static OpenTelemetry wrap(OpenTelemetry openTelemetry) {
		return (OpenTelemetry) proxy(OpenTelemetry.class, openTelemetry);
	}

	private static Object proxy(Class<?> type, Object delegate) {
		return Proxy.newProxyInstance(SqlRedactingTelemetry.class.getClassLoader(), new Class<?>[] { type },
				new SqlRedactingTelemetry(delegate));
	}

	private static Object measuring(Object metricsObject) {
		Class<?>[] interfaces = metricsInterfaces(metricsObject).toArray(Class<?>[]::new);
		return (interfaces.length > 0) ? Proxy.newProxyInstance(SqlRedactingTelemetry.class.getClassLoader(),
				interfaces, new SqlRedactingTelemetry(metricsObject)) : metricsObject;
	}

	// Every metrics interface of the object, so that a proxied builder is still an extended one.
	private static Set<Class<?>> metricsInterfaces(Object object) {
		Set<Class<?>> interfaces = new LinkedHashSet<>();
		for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
			collectMetricsInterfaces(type, interfaces);
		}
		return interfaces;
	}

	private static void collectMetricsInterfaces(Class<?> type, Set<Class<?>> interfaces) {
		for (Class<?> candidate : type.getInterfaces()) {
			if (METRICS_PACKAGES.contains(candidate.getPackageName())) {
				interfaces.add(candidate);
			}
			collectMetricsInterfaces(candidate, interfaces);
		}
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		String name = method.getName();
		if (name.equals("storeInContext") || name.equals("makeCurrent")) {
			// The context must hold the proxy: the library ends spans it finds there.
			return InvocationHandler.invokeDefault(proxy, method, args);
		}
		if (this.delegate instanceof Span span && name.equals("recordException")) {
			Attributes event = RedactedException.attributes((Throwable) args[0]);
			if (args.length > 1) {
				event = event.toBuilder().putAll((Attributes) args[1]).build();
			}
			span.addEvent("exception", event);
			return proxy;
		}
		if (this.delegate instanceof Span span && name.equals("setStatus")) {
			span.setStatus((StatusCode) args[0]);
			return proxy;
		}
		if (name.equals("setAllAttributes")) {
			args[0] = QueryAttributes.complete((Attributes) args[0]);
		}
		else if (this.measures && args != null) {
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof Attributes measured) {
					args[i] = QueryAttributes.sanitizeQueryText(measured);
				}
			}
		}
		else if (name.equals("setAttribute") && QueryAttributes.QUERY_TEXT.getKey().equals(String.valueOf(args[0]))
				&& args[1] instanceof String text) {
			args[1] = QueryAttributes.sanitize(text, null).getQueryText();
		}
		try {
			Object result = method.invoke(this.delegate, args);
			if (result == this.delegate) {
				return proxy;
			}
			if (result != null && PROXIED.contains(method.getReturnType())) {
				return proxy(method.getReturnType(), result);
			}
			return (result != null && (this.measures || this.delegate instanceof OpenTelemetry)) ? measuring(result)
					: result;
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
