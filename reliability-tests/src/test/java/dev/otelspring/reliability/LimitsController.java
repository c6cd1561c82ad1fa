package dev.otelspring.reliability;

import io.opentelemetry.api.trace.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telemetry far beyond any sensible size, each of it starting with a marker letter: an attribute
 * of the SERVER span, an exception recorded on it, a log line, and a log line with an exception.
 */
@RestController
class LimitsController {

	private static final Logger logger = LoggerFactory.getLogger(LimitsController.class);

	@GetMapping("/huge")
	String huge(@RequestParam int size) {
		Span span = Span.current();
		span.setAttribute("app.huge", "A".repeat(size));
		span.recordException(new IllegalStateException("M".repeat(size)));
		logger.info("B".repeat(size));
		logger.info("with an exception", new IllegalStateException("E".repeat(size)));
		return "huge";
	}

}
