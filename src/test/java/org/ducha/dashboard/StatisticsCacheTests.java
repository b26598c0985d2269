package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class StatisticsCacheTests {

	final AtomicLong now = new AtomicLong(1_000);
	final AtomicInteger computed = new AtomicInteger();

	/** A thread per task (the common pool may have a single worker on a two-core machine). */
	final Executor threads = task -> Thread.ofPlatform().start(task);

	String compute() {
		return "value " + computed.incrementAndGet();
	}

	@Test
	void keepsAValueForTheTtlThenComputesItAgain() {
		StatisticsCache cache = new StatisticsCache(Duration.ofSeconds(60), now::get);

		assertThat(cache.<String>get("k", this::compute)).isEqualTo("value 1");
		now.addAndGet(Duration.ofSeconds(59).toNanos());
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("value 1");
		now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("value 2");
	}

	@Test
	void keepsEachKeyApart() {
		StatisticsCache cache = new StatisticsCache(Duration.ofSeconds(60), now::get);

		assertThat(cache.<String>get("a", this::compute)).isEqualTo("value 1");
		assertThat(cache.<String>get("b", this::compute)).isEqualTo("value 2");
		assertThat(cache.<String>get("a", this::compute)).isEqualTo("value 1");
	}

	@Test
	void aZeroTtlKeepsNothing() {
		StatisticsCache cache = new StatisticsCache(Duration.ZERO, now::get);

		assertThat(cache.<String>get("k", this::compute)).isEqualTo("value 1");
		assertThat(cache.<String>get("k", this::compute)).isEqualTo("value 2");
		assertThat(cache.size()).isZero();
	}

	@Test
	void staysBoundedDroppingTheExpiredEntriesFirst() {
		StatisticsCache cache = new StatisticsCache(Duration.ofSeconds(60), now::get);
		for (int i = 0; i < StatisticsCache.MAX_ENTRIES - 1; i++) {
			cache.get("old " + i, this::compute);
		}
		now.addAndGet(Duration.ofSeconds(30).toNanos());
		cache.get("young", this::compute);
		now.addAndGet(Duration.ofSeconds(31).toNanos());

		cache.get("new", this::compute);

		assertThat(cache.size()).isEqualTo(2);
		int before = computed.get();
		cache.get("young", this::compute);
		assertThat(computed.get()).as("the young entry was kept").isEqualTo(before);

		for (int i = 0; i < 2 * StatisticsCache.MAX_ENTRIES; i++) {
			cache.get("many " + i, this::compute);
		}
		assertThat(cache.size()).isLessThanOrEqualTo(StatisticsCache.MAX_ENTRIES);
	}

	@Test
	void callersMissingTheSameKeyAtOnceShareOneComputation() throws Exception {
		StatisticsCache cache = new StatisticsCache(Duration.ofSeconds(60), now::get);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("k", () -> {
			started.countDown();
			await(release);
			return compute();
		}), threads);
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.<String>get("k", this::compute), threads);
		awaitWaiting(cache);
		assertThat(second).as("the second caller waits for the first one's value").isNotDone();

		release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("value 1");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("value 1");
		assertThat(computed.get()).isEqualTo(1);
	}

	@Test
	void aCallerWaitingOnAFailedComputationComputesAndKeepsTheValueItself() throws Exception {
		StatisticsCache cache = new StatisticsCache(Duration.ofSeconds(60), now::get);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> failing = CompletableFuture.supplyAsync(() -> cache.<String>get("k", () -> {
			started.countDown();
			await(release);
			throw new IllegalStateException("database gone");
		}), threads);
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> cache.<String>get("k", this::compute), threads);
		awaitWaiting(cache);

		release.countDown();

		assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database gone");
		assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("value 1");
		assertThat(cache.<String>get("k", this::compute)).as("the own computation was kept").isEqualTo("value 1");
	}

	private static void awaitWaiting(StatisticsCache cache) throws InterruptedException {
		for (int i = 0; i < 1_000 && cache.waiting() == 0; i++) {
			Thread.sleep(10);
		}
		assertThat(cache.waiting()).isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
