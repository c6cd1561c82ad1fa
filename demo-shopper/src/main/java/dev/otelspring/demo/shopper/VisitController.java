package dev.otelspring.demo.shopper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * {@code POST /visits}: one visit now, answered with its trace id. For people trying the demo,
 * and for the end-to-end test, which drives exactly one visit.
 */
@RestController
class VisitController {

	private final Shopper shopper;

	VisitController(Shopper shopper) {
		this.shopper = shopper;
	}

	@PostMapping("/visits")
	Visit visit() {
		return this.shopper.visit();
	}

	// The store failed (the chaos setting, or the inventory): the shopper's answer says so.
	@ExceptionHandler({ WebClientResponseException.class, RestClientResponseException.class })
	ResponseEntity<String> storeFailed(Exception ex) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body("The store failed: " + ex.getMessage());
	}

}
