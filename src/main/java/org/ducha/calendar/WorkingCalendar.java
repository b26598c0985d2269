package org.ducha.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The district's working-day calendar (SPEC §3, fixed semantics) as every module uses it: whether a
 * date is a working day, due dates "within N working days of day D", traffic lights, days overdue,
 * calendar-month deadlines, and "today" in the district's zone.
 *
 * <p>A date is a working day when it is Monday–Friday and not a holiday, or when it is a make-up
 * working day. A year without calendar data counts Monday–Friday only; {@link #missingYears()} says
 * which years that concerns. Every method answers from this node's cached copy (see
 * {@link CalendarCache}), so it is cheap enough to call for each item of a long list.
 */
@Service
public class WorkingCalendar {

	/** GREEN needs more than this many working days left (SPEC §3, fixed). */
	public static final int YELLOW_WITHIN_WORKING_DAYS = 3;

	private final CalendarCache cache;
	private final Clock clock;
	private final ZoneId zone;

	@Autowired
	WorkingCalendar(CalendarCache cache, Clock clock, @Value("${ducha.zone:Asia/Shanghai}") String zone) {
		this(cache, clock, ZoneId.of(zone));
	}

	WorkingCalendar(CalendarCache cache, Clock clock, ZoneId zone) {
		this.cache = cache;
		this.clock = clock;
		this.zone = zone;
	}

	/** Today's date in the district's zone, whatever the zone of the server or of the clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	public ZoneId zone() {
		return zone;
	}

	public boolean isWorkingDay(LocalDate date) {
		return cache.current().table(date.getYear()).isWorking(date);
	}

	/** The date's kind (working day, weekend, holiday, make-up working day) and its holiday name, if any. */
	public CalendarDay day(LocalDate date) {
		return cache.current().table(date.getYear()).day(date);
	}

	/** Every date of the year in order, as the calendar holds it now. */
	public List<CalendarDay> daysOf(int year) {
		YearTable table = cache.current().table(year);
		List<CalendarDay> days = new ArrayList<>(366);
		for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
			days.add(table.day(d));
		}
		return days;
	}

	/**
	 * The due date of "within {@code days} working days of {@code from}": the {@code days}-th working
	 * day after {@code from}. {@code from} itself never counts, working day or not; 0 days gives
	 * {@code from}.
	 *
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		if (days == 0) {
			return from;
		}
		CalendarCache.Snapshot snapshot = cache.current();
		YearTable table = snapshot.table(from.getYear());
		int target = table.upTo(from) + days;
		while (target > table.total()) {
			target -= table.total();
			table = snapshot.table(table.year() + 1);
		}
		return table.nth(target);
	}

	/**
	 * The {@code days}-th working day before {@code to} ({@code to} itself never counts), for
	 * scheduling backwards from a deadline; 0 days gives {@code to}.
	 *
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	public LocalDate minusWorkingDays(LocalDate to, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		if (days == 0) {
			return to;
		}
		CalendarCache.Snapshot snapshot = cache.current();
		YearTable table = snapshot.table(to.getYear());
		int target = table.before(to) - days + 1;
		while (target < 1) {
			table = snapshot.table(table.year() - 1);
			target += table.total();
		}
		return table.nth(target);
	}

	/**
	 * The number of working days d with {@code from < d ≤ to}; when {@code to} is before {@code from},
	 * minus the number with {@code to < d ≤ from}. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		CalendarCache.Snapshot snapshot = cache.current();
		YearTable first = snapshot.table(from.getYear());
		if (from.getYear() == to.getYear()) {
			return first.upTo(to) - first.upTo(from);
		}
		int count = first.total() - first.upTo(from);
		for (int year = from.getYear() + 1; year < to.getYear(); year++) {
			count += snapshot.table(year).total();
		}
		return count + snapshot.table(to.getYear()).upTo(to);
	}

	/**
	 * The light of something due on {@code due}, as of {@code today}: RED after the due date; GREEN
	 * when more than 3 working days d with {@code today < d ≤ due} remain; YELLOW otherwise (so an item
	 * due today is YELLOW).
	 */
	public TrafficLight trafficLight(LocalDate due, LocalDate today) {
		if (today.isAfter(due)) {
			return TrafficLight.RED;
		}
		return workingDaysBetween(today, due) > YELLOW_WITHIN_WORKING_DAYS ? TrafficLight.GREEN : TrafficLight.YELLOW;
	}

	/** {@link #trafficLight(LocalDate, LocalDate)} as of {@link #today()}. */
	public TrafficLight trafficLight(LocalDate due) {
		return trafficLight(due, today());
	}

	/**
	 * Working days d with {@code due < d ≤ today}; 0 while not overdue. An item due on a Friday is
	 * 1 day overdue on Monday and 0 over the weekend in between (RED all the same).
	 */
	public int overdueWorkingDays(LocalDate due, LocalDate today) {
		return today.isAfter(due) ? workingDaysBetween(due, today) : 0;
	}

	/** {@link #overdueWorkingDays(LocalDate, LocalDate)} as of {@link #today()}. */
	public int overdueWorkingDays(LocalDate due) {
		return overdueWorkingDays(due, today());
	}

	/**
	 * A deadline in calendar months ("within 1 month"): the same day-of-month {@code months} later, or
	 * that month's last day when the day does not exist there (2026-01-31 + 1 month = 2026-02-28).
	 */
	public LocalDate plusMonths(LocalDate date, int months) {
		return date.plusMonths(months);
	}

	public YearStatus yearStatus(int year) {
		return cache.current().status(year);
	}

	public boolean isYearLoaded(int year) {
		return yearStatus(year) == YearStatus.LOADED;
	}

	/** This year and next year, those not loaded: deadlines there count Monday–Friday only. */
	public List<Integer> missingYears() {
		int year = today().getYear();
		return missingAmong(List.of(year, year + 1));
	}

	/** The given years that are not loaded, in the order given. */
	public List<Integer> missingAmong(List<Integer> years) {
		CalendarCache.Snapshot snapshot = cache.current();
		return years.stream().distinct().filter(y -> snapshot.status(y) != YearStatus.LOADED).toList();
	}
}
