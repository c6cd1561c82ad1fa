package dev.otelspring.demo.shopper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * One visit to the store: browse, fill a cart, check out.
 * <p>
 * The OpenTelemetry API is used here for what only the application knows: a "shopper visit" span
 * around the whole visit, with the shopper's id and the order, and a business metric, the items
 * added to carts by product. The {@link OpenTelemetry} is our starter's SDK, so both are exported,
 * and the metric is on {@code /actuator/prometheus} as {@code shopper_items_added_total}.
 */
@Service
class Shopper {

	static final String INSTRUMENTATION_SCOPE = "dev.otelspring.demo.shopper";

	static final AttributeKey<String> SHOPPER_ID = AttributeKey.stringKey("shopper.id");

	static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("shopper.order.id");

	static final AttributeKey<Long> ITEMS = AttributeKey.longKey("shopper.order.items");

	static final AttributeKey<String> ITEM_NAME = AttributeKey.stringKey("item.name");

	private static final Logger logger = LoggerFactory.getLogger(Shopper.class);

	private final GroceryStoreClient store;

	private final ShopperProperties properties;

	private final Tracer tracer;

	private final LongCounter itemsAdded;

	Shopper(GroceryStoreClient store, ShopperProperties properties, OpenTelemetry openTelemetry) {
		this.store = store;
		this.properties = properties;
		this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
		this.itemsAdded = openTelemetry.getMeter(INSTRUMENTATION_SCOPE)
			.counterBuilder("shopper.items.added")
			.setDescription("Items the shoppers added to their carts, by product")
			.setUnit("{item}")
			.build();
	}

	Visit visit() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String shopperId = String.format("shopper-%02d", random.nextInt(1, this.properties.getShoppers() + 1));
		// A child of whatever is current: the server span of POST /visits, or the scheduled task's.
		Span span = this.tracer.spanBuilder("shopper visit").setAttribute(SHOPPER_ID, shopperId).startSpan();
		try (Scope scope = span.makeCurrent()) {
			List<Product> products = this.store.browse();
			if (products.isEmpty()) {
				throw new IllegalStateException("The store has no products");
			}
			String cartId = this.store.createCart();
			for (Product product : pick(products, random)) {
				int quantity = random.nextInt(1, this.properties.getMaxItems() + 1);
				this.store.addItem(cartId, product.sku(), quantity);
				this.itemsAdded.add(quantity, Attributes.of(ITEM_NAME, product.name()));
			}
			Receipt receipt = this.store.checkout(cartId);
			span.setAttribute(ORDER_ID, receipt.orderId());
			span.setAttribute(ITEMS, (long) receipt.items());
			logger.info("{} bought {} items for {} cents, order {}", shopperId, receipt.items(), receipt.totalCents(),
					receipt.orderId());
			return new Visit(shopperId, span.getSpanContext().getTraceId(), receipt.orderId(), receipt.items(),
					receipt.totalCents());
		}
		catch (RuntimeException ex) {
			span.recordException(ex);
			span.setStatus(StatusCode.ERROR, ex.getClass().getSimpleName());
			logger.warn("The visit of {} failed: {}", shopperId, ex.getMessage());
			throw ex;
		}
		finally {
			span.end();
		}
	}

	private List<Product> pick(List<Product> products, ThreadLocalRandom random) {
		List<Product> shuffled = new ArrayList<>(products);
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(shuffled.size(), random.nextInt(1, this.properties.getMaxItems() + 1)));
	}

}
