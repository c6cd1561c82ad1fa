package dev.otelspring.testing.otlp;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls a snapshot until a condition holds. Exporters answer asynchronously (batch processors,
 * periodic readers), so tests wait for data instead of sleeping a fixed time.
 */
final class Await {

  private static final long POLL_MILLIS = 10;

  private Await() {}

  static <T> List<T> until(
      String what, Supplier<List<T>> snapshot, Predicate<List<T>> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<T> current = snapshot.get();
      if (condition.test(current)) {
        return current;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError(failure(what, timeout, current));
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
  }

  /** Lists what did arrive: the usual cause of a timeout is data that differs slightly. */
  private static String failure(String what, Duration timeout, List<?> received) {
    StringBuilder message =
        new StringBuilder("Timed out after ")
            .append(timeout.toMillis())
            .append(" ms waiting for ")
            .append(what)
            .append("; received ")
            .append(received.size())
            .append(':');
    for (Object item : received) {
      message.append(System.lineSeparator()).append("  ").append(item);
    }
    return message.toString();
  }
}
