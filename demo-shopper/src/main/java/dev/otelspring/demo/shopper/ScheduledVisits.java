package dev.otelspring.demo.shopper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The shopper's round: a visit every {@code shopper.schedule.interval}. Spring observes each
 * scheduled run, so each visit's trace starts with the task's span. Off with
 * {@code shopper.schedule.enabled=false}, as in the end-to-end test.
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "shopper.schedule.enabled", matchIfMissing = true)
class ScheduledVisits {

	private final Shopper shopper;

	ScheduledVisits(Shopper shopper) {
		this.shopper = shopper;
	}

	@Scheduled(initialDelayString = "${shopper.schedule.initial-delay:5s}",
			fixedDelayString = "${shopper.schedule.interval:2s}")
	void visit() {
		try {
			this.shopper.visit();
		}
		catch (RuntimeException ex) {
			// Already logged and recorded on the visit's span; the next visit comes all the same.
		}
	}

}
