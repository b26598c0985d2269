package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class StatisticsCacheTests {

	final AtomicLong now = new AtomicLong(1_000);
	final AtomicInteger computed = new AtomicInteger();

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
}
