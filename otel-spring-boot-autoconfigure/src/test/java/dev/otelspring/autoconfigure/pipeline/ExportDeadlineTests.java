package dev.otelspring.autoconfigure.pipeline;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportDeadlineTests {

	@Test
	void shutsEachExporterDownOnceItsTimeoutHasPassedSinceTheShutdownStarted() throws InterruptedException {
		ExportDeadline deadline = new ExportDeadline();
		AtomicInteger shutdowns = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(2);
		deadline.register(Duration.ofMillis(50), () -> {
			shutdowns.incrementAndGet();
			done.countDown();
		});
		deadline.register(Duration.ofMillis(100), done::countDown);
		long start = System.nanoTime();

		deadline.start();
		deadline.start();

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
		assertThat(shutdowns).hasValue(1);
	}

	@Test
	void doesNothingUntilTheShutdownStarts() throws InterruptedException {
		ExportDeadline deadline = new ExportDeadline();
		CountDownLatch shutdown = new CountDownLatch(1);
		deadline.register(Duration.ZERO, shutdown::countDown);
		assertThat(shutdown.await(200, TimeUnit.MILLISECONDS)).isFalse();
	}

}
