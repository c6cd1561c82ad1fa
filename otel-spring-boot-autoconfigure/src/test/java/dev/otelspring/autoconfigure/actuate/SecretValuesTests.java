package dev.otelspring.autoconfigure.actuate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretValuesTests {

	@ParameterizedTest
	@ValueSource(strings = { "otel.exporter.otlp.headers", "otel.exporter.otlp.logs.headers",
			"otel.exporter.otlp.client.key", "otel.vendor.api-token", "otel.vendor.password",
			"otel.vendor.authorization", "otel.vendor.client-secret" })
	void masksTheWholeValueOfSettingsNamedLikeSecrets(String key) {
		assertThat(SecretValues.mask(key, "api-key=s3cr3t")).isEqualTo("******");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"otel.exporter.otlp.endpoint | https://u:p@host/v1?token=t&x=1 | https://******@host/v1?token=******&x=******",
			"otel.service.name | checkout | checkout",
			"otel.resource.attributes | team=a,db.password=p,v=1 | team=a,db.password=******,v=1" })
	void masksWhatOtherValuesCarry(String key, String value, String shown) {
		assertThat(SecretValues.mask(key, value)).isEqualTo(shown);
	}

}
