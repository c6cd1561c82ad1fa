package dev.otelspring.testing.otlp;

import java.util.Map;

/**
 * One span event.
 *
 * @param name event name
 * @param attributes event attributes, values converted as described on {@link ReceivedSpan}
 */
public record ReceivedEvent(String name, Map<String, Object> attributes) {}
