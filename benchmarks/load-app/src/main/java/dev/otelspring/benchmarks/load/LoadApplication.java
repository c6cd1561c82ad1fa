package dev.otelspring.benchmarks.load;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.client.RestClient;

/**
 * The application that the load harness measures in every variant. It has no telemetry code at
 * all: what instruments it (nothing, our starter, the upstream starter, the Java agent) is decided
 * by the jar's classpath or the command line, so the variants run exactly the same code.
 */
@SpringBootApplication
public class LoadApplication {

	public static void main(String[] args) {
		SpringApplication.run(LoadApplication.class, args);
	}

	// From Boot's builder, as an application would: that is the builder every variant instruments.
	@Bean
	RestClient stubRestClient(RestClient.Builder builder, @Value("${load.stub-url}") String stubUrl) {
		return builder.baseUrl(stubUrl).build();
	}

	// The key that /work reads must exist, or every GET would take the cheaper "nil" path. Set
	// before the web server starts (an ApplicationRunner would be too late): the harness's first
	// request arrives as soon as the port is open.
	@Bean
	SmartInitializingSingleton seedRedis(StringRedisTemplate redis) {
		return () -> redis.opsForValue().set(WorkController.PRICE_KEY, "4.20");
	}

}
