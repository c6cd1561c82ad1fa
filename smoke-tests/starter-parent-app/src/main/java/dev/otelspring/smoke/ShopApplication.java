package dev.otelspring.smoke;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/** The quick start, as a user writes it: no OpenTelemetry code at all. */
@SpringBootApplication
@RestController
public class ShopApplication {

	private final RestClient prices;

	ShopApplication(RestClient prices) {
		this.prices = prices;
	}

	public static void main(String[] args) {
		SpringApplication.run(ShopApplication.class, args);
	}

	// Made with RestClient.create(), not Boot's builder: our starter instruments it all the same.
	@Bean
	static RestClient prices(@Value("${prices.url}") String url) {
		return RestClient.create(url);
	}

	@GetMapping("/items/{name}")
	String item(@PathVariable String name) {
		return name + " costs " + this.prices.get().uri("/price?item={name}&api_key=s3cr3t", name)
			.retrieve()
			.body(String.class);
	}

}
