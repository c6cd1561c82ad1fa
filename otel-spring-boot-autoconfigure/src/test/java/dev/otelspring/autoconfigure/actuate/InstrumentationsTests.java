package dev.otelspring.autoconfigure.actuate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentationsTests {

	@Test
	void listsEverySwitchTheMetadataDocuments() throws IOException {
		try (InputStream metadata = getClass()
			.getResourceAsStream("/META-INF/additional-spring-configuration-metadata.json")) {
			JsonNode properties = JsonMapper.builder().build().readTree(metadata).get("properties");
			List<String> switches = StreamSupport.stream(properties.spliterator(), false)
				.map((property) -> property.get("name").asString())
				.filter((name) -> name.startsWith("otel.instrumentation.") && name.endsWith(".enabled"))
				.map((name) -> name.substring("otel.instrumentation.".length(), name.length() - ".enabled".length()))
				.toList();
			assertThat(Instrumentations.NAMES).containsExactlyInAnyOrderElementsOf(switches);
		}
	}

	@Test
	void readsEachSwitchWithItsDefault() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("otel.instrumentation.common.default-enabled", "false")
			.withProperty("otel.instrumentation.jdbc.enabled", "true")
			.withProperty("otel.span-metrics.enabled", "false");
		OtelEndpoint.InstrumentationStates states = Instrumentations.of(environment);
		assertThat(states.enabled()).containsExactly("jdbc");
		assertThat(states.disabled()).contains("spring-webmvc", "redis", "span-metrics").doesNotContain("jdbc");
	}

}
