package org.ducha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CalendarCacheTests {

	static final LocalDate MONDAY = LocalDate.of(2030, 6, 3);

	final InMemoryCalendarSource source = new InMemoryCalendarSource();
	final AtomicLong nanos = new AtomicLong(1_000);
	final CalendarCache cache = new CalendarCache(source, Duration.ofSeconds(1), nanos::get);

	@Test
	void callsWithinTheCheckIntervalReadNothingFromTheDatabase() {
		cache.current();
		for (int i = 0; i < 10_000; i++) {
			cache.current().table(2030).isWorking(MONDAY);
		}

		assertThat(source.revisionReads).isEqualTo(1);
		assertThat(source.loads).isEqualTo(1);
	}

	@Test
	void afterTheIntervalOnlyTheRevisionIsReadWhileNothingChanged() {
		CalendarCache.Snapshot first = cache.current();
		nanos.addAndGet(Duration.ofSeconds(1).toNanos());

		assertThat(cache.current()).isSameAs(first);
		assertThat(source.revisionReads).isEqualTo(2);
		assertThat(source.loads).isEqualTo(1);
	}

	@Test
	void anEditMadeElsewhereIsSeenOnceTheIntervalHasPassed() {
		assertThat(cache.current().table(2030).isWorking(MONDAY)).isTrue();
		source.holiday(MONDAY, "Test");

		nanos.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(cache.current().table(2030).isWorking(MONDAY)).as("within the interval").isTrue();
		nanos.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(cache.current().table(2030).isWorking(MONDAY)).isFalse();
		assertThat(source.loads).isEqualTo(2);
	}

	@Test
	void invalidatingMakesTheNextCallCheckTheRevisionAtOnce() {
		cache.current();
		source.holiday(MONDAY, "Test");

		cache.invalidate();

		assertThat(cache.current().table(2030).isWorking(MONDAY)).isFalse();
	}

	@Test
	void yearStatusComesWithTheSameSnapshot() {
		source.loaded(2030);

		assertThat(cache.current().status(2030)).isEqualTo(YearStatus.LOADED);
		assertThat(cache.current().status(2031)).isEqualTo(YearStatus.NOT_LOADED);
	}
}
