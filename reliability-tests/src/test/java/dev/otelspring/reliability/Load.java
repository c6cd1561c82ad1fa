package dev.otelspring.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A closed-loop load generator on loopback: a fixed number of connections, each sending its next
 * request as soon as the previous one is answered, with every latency recorded. The client is
 * the JDK's, uninstrumented, so it adds no telemetry of its own.
 */
final class Load {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private Load() {
	}

	/** Sends {@code requests} requests in total over {@code connections} connections. */
	static Result requests(URI uri, int connections, int requests) {
		AtomicInteger remaining = new AtomicInteger(requests);
		return run(uri, connections, () -> remaining.getAndDecrement() > 0);
	}

	/** Keeps {@code connections} connections busy for {@code duration}. */
	static Result during(URI uri, int connections, Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		return run(uri, connections, () -> System.nanoTime() - deadline < 0);
	}

	private static Result run(URI uri, int connections, BooleanSupplier more) {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(REQUEST_TIMEOUT)
			.build();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
		List<long[]> latencies = new ArrayList<>();
		AtomicInteger failures = new AtomicInteger();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(connections);
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Recorder recorder = new Recorder();
			threads.add(new Thread(() -> {
				try {
					while (more.getAsBoolean()) {
						long sent = System.nanoTime();
						String failure = send(client, request);
						recorder.add(System.nanoTime() - sent);
						if (failure != null) {
							failures.incrementAndGet();
							firstFailure.compareAndSet(null, failure);
						}
					}
				}
				finally {
					synchronized (latencies) {
						latencies.add(recorder.values());
					}
					done.countDown();
				}
			}, "load-" + i));
		}
		threads.forEach(Thread::start);
		try {
			done.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(all, failures.get(), firstFailure.get(), elapsed);
	}

	private static String send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? null : "HTTP " + response.statusCode() + ": " + response.body();
		}
		catch (IOException ex) {
			return ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ex.toString();
		}
	}

	/**
	 * What a run measured.
	 *
	 * @param latencies every request's latency in nanoseconds, sorted
	 * @param failures requests that failed or were not answered 200
	 * @param firstFailure what the first failure was, or null
	 * @param elapsed the run's duration
	 */
	record Result(long[] latencies, int failures, String firstFailure, Duration elapsed) {

		/** Several runs as one: their latencies together, their failures and durations added. */
		static Result pooled(List<Result> results) {
			long[] latencies = results.stream()
				.flatMapToLong((result) -> Arrays.stream(result.latencies))
				.sorted()
				.toArray();
			String firstFailure = results.stream()
				.map(Result::firstFailure)
				.filter((failure) -> failure != null)
				.findFirst()
				.orElse(null);
			return new Result(latencies, results.stream().mapToInt(Result::failures).sum(), firstFailure,
					results.stream().map(Result::elapsed).reduce(Duration.ZERO, Duration::plus));
		}

		int requests() {
			return this.latencies.length;
		}

		Duration percentile(double percentile) {
			int index = (int) Math.ceil(percentile / 100 * this.latencies.length) - 1;
			return Duration.ofNanos(this.latencies[Math.max(0, index)]);
		}

		Duration p99() {
			return percentile(99);
		}

		double perSecond() {
			return requests() / (this.elapsed.toNanos() / 1e9);
		}

		@Override
		public String toString() {
			return String.format("%d requests in %d ms (%.0f/s), %d failed, p50 %.2f ms, p99 %.2f ms, max %.2f ms",
					requests(), this.elapsed.toMillis(), perSecond(), this.failures, millis(percentile(50)),
					millis(p99()), millis(percentile(100)));
		}

		private static double millis(Duration duration) {
			return duration.toNanos() / 1e6;
		}

	}

	/** One connection's latencies, in a growing array: no boxing, no lock per request. */
	private static final class Recorder {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		long[] values() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
