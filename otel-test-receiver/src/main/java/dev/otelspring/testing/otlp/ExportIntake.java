package dev.otelspring.testing.otlp;

import com.google.protobuf.Message;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The one path every decoded export request takes, whichever transport it came in on: count it,
 * record it unless a fault is being injected, wait out any injected delay, and tell the transport
 * which HTTP status to answer. Keeping this in one place is what makes HTTP and gRPC behave alike.
 */
final class ExportIntake {

  private final ReceivedStore store;
  private volatile int status = 200;
  private volatile Duration delay = Duration.ZERO;

  ExportIntake(ReceivedStore store) {
    this.store = store;
  }

  void respondWith(int httpStatus) {
    if (httpStatus < 200 || httpStatus > 599) {
      throw new IllegalArgumentException("Not an answer an OTLP receiver can give: " + httpStatus);
    }
    status = httpStatus;
  }

  void delayResponses(Duration newDelay) {
    if (newDelay == null || newDelay.isNegative()) {
      throw new IllegalArgumentException("Delay must be zero or positive: " + newDelay);
    }
    delay = newDelay;
  }

  /**
   * @param body the request bytes as the sender meant them (after decompression)
   * @return the HTTP status to answer; anything but 200 means the data was not recorded
   */
  int accept(Signal signal, Message request, byte[] body) {
    int answer = status; // read once, so recording and answering agree
    store.countRequest(signal);
    if (answer == 200) {
      store.record(signal, request, body);
    }
    pause();
    return answer;
  }

  private void pause() {
    Duration wait = delay;
    if (wait.isZero()) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    } catch (InterruptedException e) {
      // close() interrupts workers so it never waits for a delay to run out.
      Thread.currentThread().interrupt();
    }
  }
}
