package dev.otelspring.demo.grocery;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link Chaos} in front of the store's API, and nowhere else: health checks and scrapes
 * must stay reliable.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final GroceryProperties properties;

	WebConfiguration(GroceryProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Chaos(this.properties.getChaos())).addPathPatterns("/products/**", "/carts/**");
	}

}
