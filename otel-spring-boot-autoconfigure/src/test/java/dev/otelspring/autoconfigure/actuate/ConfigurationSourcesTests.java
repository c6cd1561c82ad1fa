package dev.otelspring.autoconfigure.actuate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationSourcesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "commandLineArgs | command line", "systemProperties | system property",
			"systemEnvironment | environment",
			"Config resource 'class path resource [application.yaml]' via location 'classpath:/' | application.yaml",
			"Config resource 'file [/etc/app/application-prod.yaml]' via location '/etc/app/' | application-prod.yaml",
			"Inlined Test Properties | Inlined Test Properties" })
	void namesSourcesAsOperatorsKnowThem(String sourceName, String described) {
		assertThat(ConfigurationSources.describe(sourceName)).isEqualTo(described);
	}

}
