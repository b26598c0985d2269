package org.ducha.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the calendar, shared by every deadline computation.
 *
 * <p>Why a revision row checked at most once per interval (default 1 s) rather than a plain TTL or
 * a check on every call: the arithmetic runs for thousands of items per page, so each call must be
 * a memory look-up; the data is a few dozen rows per year and changes a few times a year. Every
 * edit advances {@code cal_revision} in its own transaction. A node reads that one-row primary-key
 * lookup at most once per interval and reloads everything only when the number moved; so an edit
 * made on another node is seen within one interval, and never by a partial reload. On the node that
 * made the edit, {@link #invalidate()} runs after commit and the next call re-checks at once.
 * A plain TTL would either reload the whole calendar every few seconds or stay stale for longer;
 * a check on every call would put a query in every loop over a page of items.
 *
 * <p>While one thread refreshes, the others keep using the previous copy instead of queuing for a
 * database connection; only the very first load is waited for.
 */
@Component
class CalendarCache {

	/** Year tables outside this range are built when asked and not kept (absurd dates from an API call). */
	static final int CACHED_FROM = 1900;
	static final int CACHED_TO = 2200;

	private final CalendarSource source;
	private final long intervalNanos;
	private final LongSupplier ticker;
	private final ReentrantLock refreshing = new ReentrantLock();

	private volatile Snapshot snapshot;
	private volatile long checkedAt;
	private volatile boolean dirty;

	@Autowired
	CalendarCache(CalendarSource source,
			@Value("${ducha.calendar.revision-check-interval:PT1S}") Duration interval) {
		this(source, interval, System::nanoTime);
	}

	CalendarCache(CalendarSource source, Duration interval, LongSupplier ticker) {
		this.source = source;
		this.intervalNanos = interval.toNanos();
		this.ticker = ticker;
	}

	Snapshot current() {
		Snapshot s = snapshot;
		if (s != null && !dirty && ticker.getAsLong() - checkedAt < intervalNanos) {
			return s;
		}
		if (s != null) {
			if (!refreshing.tryLock()) {
				return s;
			}
		}
		else {
			refreshing.lock();
		}
		try {
			s = snapshot;
			long now = ticker.getAsLong();
			if (s != null && !dirty && now - checkedAt < intervalNanos) {
				return s;
			}
			dirty = false;
			long revision = source.revision();
			if (s == null || s.revision() != revision) {
				s = new Snapshot(revision, source.load());
				snapshot = s;
			}
			checkedAt = now;
			return s;
		}
		finally {
			refreshing.unlock();
		}
	}

	/** Makes the next call re-check the revision, e.g. after this node committed an edit. */
	void invalidate() {
		dirty = true;
	}

	/** One revision of the calendar; immutable but for the year tables it builds as they are asked for. */
	static final class Snapshot {

		private final long revision;
		private final NavigableMap<LocalDate, CalendarDay> overrides;
		private final Map<Integer, YearStatus> years;
		private final Map<Integer, YearTable> tables = new ConcurrentHashMap<>();

		Snapshot(long revision, CalendarSource.Contents contents) {
			this.revision = revision;
			this.overrides = contents.overrides();
			this.years = contents.years();
		}

		long revision() {
			return revision;
		}

		YearStatus status(int year) {
			return years.getOrDefault(year, YearStatus.NOT_LOADED);
		}

		YearTable table(int year) {
			if (year < CACHED_FROM || year > CACHED_TO) {
				return build(year);
			}
			return tables.computeIfAbsent(year, this::build);
		}

		private YearTable build(int year) {
			return new YearTable(year, overrides.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
		}
	}
}
