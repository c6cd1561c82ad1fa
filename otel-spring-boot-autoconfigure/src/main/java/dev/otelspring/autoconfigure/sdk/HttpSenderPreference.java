package dev.otelspring.autoconfigure.sdk;

import java.util.ArrayList;
import java.util.List;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;

/**
 * Loads the SDK's components (exporters, samplers, senders, ...) from the application's class
 * loader, with one preference: when the JDK's HTTP sender is present, OTLP over HTTP uses it, even
 * though OkHttp's is there too.
 * <p>
 * Why: the starter brings OkHttp because OTLP/gRPC needs it, but {@code http/protobuf}, our
 * default, does not. With the JDK's {@code HttpClient}, which every JVM has, an application that
 * exports over HTTP never loads OkHttp, Okio or the Kotlin runtime (about 350 classes, measured in
 * benchmarks/RESULTS.md), which shortens its startup. The SDK itself would pick whichever provider
 * its service loader lists first, and log a warning that there are two.
 * <p>
 * A user who names a provider with the SDK's own setting (the system property or environment
 * variable {@value #SETTING}) gets exactly what they named: the preference steps aside.
 */
final class HttpSenderPreference implements ComponentLoader {

	static final String SETTING = "io.opentelemetry.sdk.common.export.HttpSenderProvider";

	static final String JDK_SENDER = "io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider";

	private final ComponentLoader delegate;

	private final boolean userChose;

	HttpSenderPreference(ComponentLoader delegate, boolean userChose) {
		this.delegate = delegate;
		this.userChose = userChose;
	}

	static ComponentLoader forClassLoader(ClassLoader classLoader) {
		boolean userChose = System.getProperty(SETTING) != null
				|| System.getenv(SETTING.toUpperCase().replace('.', '_')) != null;
		return new HttpSenderPreference(ComponentLoader.forClassLoader(classLoader), userChose);
	}

	@Override
	public <T> Iterable<T> load(Class<T> type) {
		Iterable<T> components = this.delegate.load(type);
		if (type != HttpSenderProvider.class || this.userChose) {
			return components;
		}
		List<T> all = new ArrayList<>();
		for (T component : components) {
			if (JDK_SENDER.equals(component.getClass().getName())) {
				return List.of(component);
			}
			all.add(component);
		}
		return all;
	}

}
