package dev.otelspring.autoconfigure.logging.shared;

import java.nio.file.Path;

import dev.otelspring.testing.otlp.OtlpTestReceiver;
import dev.otelspring.testing.otlp.ReceivedLogRecord;
import dev.otelspring.testing.otlp.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A web application on the backend under test, one for all tests of a class, with Spring Boot's
 * default logging configuration: text on the console, structured JSON in a file. The class is
 * written once for every backend, each in a module whose classpath has that backend alone.
 */
@TestInstance(Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
public abstract class AbstractWebLoggingTests {

	private final LoggingBackend backend;

	private final SpringApplicationBuilder application;

	private OtlpTestReceiver receiver;

	private ConfigurableApplicationContext context;

	private Path jsonFile;

	private int port;

	/**
	 * @param backend the backend under test
	 * @param application the application under test, with the settings of its own: the JSON
	 * format of the file among them
	 */
	AbstractWebLoggingTests(LoggingBackend backend, SpringApplicationBuilder application) {
		this.backend = backend;
		this.application = application;
	}

	@BeforeAll
	void start(@TempDir Path directory) {
		this.receiver = OtlpTestReceiver.start();
		this.jsonFile = directory.resolve("app.json");
		this.context = LoggedApps.run(this.application
			// The application's controllers log through the backend's own API where its users would.
			.initializers((context) -> context.getBeanFactory().registerSingleton("loggingBackend", this.backend))
			.properties(LoggedApps.properties(this.receiver, "logging.file.name=" + this.jsonFile)));
		this.port = this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	void stop() {
		LoggedApps.close(this.context);
		this.receiver.close();
	}

	protected final LoggingBackend backend() {
		return this.backend;
	}

	protected final ConfigurableApplicationContext context() {
		return this.context;
	}

	/** Sends a GET in the given trace, and returns the body of the 200 response. */
	final String get(String pathAndQuery, String traceId) {
		return LoggedApps.get(this.port, pathAndQuery, traceId);
	}

	final ReceivedSpan awaitServerSpan(String traceId) {
		return LoggedApps.awaitServerSpan(this.receiver, traceId);
	}

	/** The one OTLP record of that body. */
	final ReceivedLogRecord awaitRecord(String body) {
		return LoggedApps.awaitRecord(this.receiver, this.context, body);
	}

	/** The line of that message in the JSON file. */
	final JsonNode jsonLine(String message) {
		return LoggedApps.jsonLine(this.jsonFile, message);
	}

}
