package dev.otelspring.testing.otlp;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a test that forgets close() cannot keep the JVM alive. */
final class DaemonThreads implements ThreadFactory {

  private final String prefix;
  private final AtomicInteger counter = new AtomicInteger();

  DaemonThreads(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + "-" + counter.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
