package dev.otelspring.autoconfigure.metrics;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds or a deadline passes. Spans end, and metrics are recorded, just
 * after the response reaches the client, so tests wait for values instead of sleeping.
 */
public final class Polling {

	private static final long PAUSE_MILLIS = 50;

	private Polling() {
	}

	public static <T> T until(String what, Supplier<T> probe, Predicate<T> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			T value = probe.get();
			if (condition.test(value)) {
				return value;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what
						+ "; last seen: " + value);
			}
			try {
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for " + what, ex);
			}
		}
	}

}
