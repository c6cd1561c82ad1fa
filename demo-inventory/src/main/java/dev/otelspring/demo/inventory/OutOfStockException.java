package dev.otelspring.demo.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when an order asks for more than is left, or for a product the store does not sell.
 * Being a runtime exception, it rolls the checkout's transaction back.
 */
@ResponseStatus(HttpStatus.CONFLICT)
class OutOfStockException extends RuntimeException {

	OutOfStockException(String sku, int quantity) {
		super("Not enough '" + sku + "' left for " + quantity);
	}

}
