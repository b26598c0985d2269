package org.ducha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The arithmetic of SPEC §3 against arbitrary calendars: random holidays (any day) and make-up
 * working days (weekends) in 2025–2027, dates from 2024 to 2029 so that sums cross years with and
 * without data. A plain day-by-day count is the reference.
 */
class WorkingCalendarPropertyTests {

	static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
	static final int SPAN = (int) (LocalDate.of(2029, 12, 31).toEpochDay() - FIRST.toEpochDay());
	static final LocalDate DATA_FROM = LocalDate.of(2025, 1, 1);
	static final int DATA_SPAN = 3 * 365;

	record Case(WorkingCalendar calendar, InMemoryCalendarSource source) {

		boolean referenceWorking(LocalDate date) {
			CalendarDay override = source.overrides().get(date);
			return override != null ? override.working() : date.getDayOfWeek().getValue() < 6;
		}

		int referenceCount(LocalDate from, LocalDate to) {
			int n = 0;
			for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
				n += referenceWorking(d) ? 1 : 0;
			}
			return n;
		}

		LocalDate referenceAdd(LocalDate from, int days) {
			LocalDate d = from;
			for (int left = days; left > 0;) {
				d = d.plusDays(1);
				if (referenceWorking(d)) {
					left--;
				}
			}
			return d;
		}
	}

	@Provide
	Arbitrary<Case> calendars() {
		Arbitrary<List<Integer>> holidays = Arbitraries.integers().between(0, DATA_SPAN).list().ofMaxSize(80);
		Arbitrary<List<Integer>> makeups = Arbitraries.integers().between(0, DATA_SPAN).list().ofMaxSize(30);
		return Combinators.combine(holidays, makeups).as((h, m) -> {
			InMemoryCalendarSource source = new InMemoryCalendarSource();
			m.stream().map(DATA_FROM::plusDays).filter(d -> d.getDayOfWeek().getValue() >= 6).forEach(source::makeupWorkday);
			h.stream().map(DATA_FROM::plusDays).forEach(d -> source.holiday(d, "H"));
			WorkingCalendar calendar = new WorkingCalendar(new CalendarCache(source, Duration.ofHours(1), System::nanoTime),
					Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
			return new Case(calendar, source);
		});
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, SPAN).map(FIRST::plusDays);
	}

	@Property(tries = 300)
	void isWorkingDayFollowsTheWeekdayRuleAndTheOverrides(@ForAll("calendars") Case c, @ForAll("dates") LocalDate date) {
		assertThat(c.calendar().isWorkingDay(date)).isEqualTo(c.referenceWorking(date));
		assertThat(c.calendar().day(date).working()).isEqualTo(c.referenceWorking(date));
	}

	@Property(tries = 300)
	void addingWorkingDaysLandsOnAWorkingDayStrictlyAfterTheStart(@ForAll("calendars") Case c,
			@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 800) int days) {
		LocalDate due = c.calendar().addWorkingDays(from, days);

		assertThat(due).isAfter(from);
		assertThat(c.calendar().isWorkingDay(due)).isTrue();
	}

	@Property(tries = 300)
	void addingWorkingDaysGivesTheNthWorkingDayCountedOneByOne(@ForAll("calendars") Case c,
			@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 800) int days) {
		assertThat(c.calendar().addWorkingDays(from, days)).isEqualTo(c.referenceAdd(from, days));
	}

	@Property(tries = 300)
	void workingDaysBetweenCountsBackTheDaysAdded(@ForAll("calendars") Case c, @ForAll("dates") LocalDate from,
			@ForAll @IntRange(min = 0, max = 800) int days) {
		assertThat(c.calendar().workingDaysBetween(from, c.calendar().addWorkingDays(from, days))).isEqualTo(days);
	}

	@Property(tries = 300)
	void workingDaysBetweenMatchesADayByDayCountAndChangesSignWhenReversed(@ForAll("calendars") Case c,
			@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
		LocalDate from = a.isBefore(b) ? a : b;
		LocalDate to = a.isBefore(b) ? b : a;

		assertThat(c.calendar().workingDaysBetween(from, to)).isEqualTo(c.referenceCount(from, to));
		assertThat(c.calendar().workingDaysBetween(to, from)).isEqualTo(-c.referenceCount(from, to));
	}

	@Property(tries = 300)
	void workingDaysBetweenAddsUpOverConsecutiveSpans(@ForAll("calendars") Case c, @ForAll("dates") LocalDate a,
			@ForAll("dates") LocalDate b, @ForAll("dates") LocalDate d) {
		WorkingCalendar cal = c.calendar();
		assertThat(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, d)).isEqualTo(cal.workingDaysBetween(a, d));
	}

	@Property(tries = 300)
	void subtractingWorkingDaysLandsOnAWorkingDayFromWhichAddingThemComesBack(@ForAll("calendars") Case c,
			@ForAll("dates") LocalDate to, @ForAll @IntRange(min = 1, max = 800) int days) {
		LocalDate start = c.calendar().minusWorkingDays(to, days);

		assertThat(start).isBefore(to);
		assertThat(c.calendar().isWorkingDay(start)).isTrue();
		assertThat(c.referenceCount(start.minusDays(1), to.minusDays(1))).isEqualTo(days);
		if (c.calendar().isWorkingDay(to)) {
			assertThat(c.calendar().addWorkingDays(start, days)).isEqualTo(to);
		}
	}

	@Property(tries = 500)
	void theLightIsRedExactlyWhenTodayIsAfterTheDueDateAndGreenOnlyWithMoreThanThreeWorkingDaysLeft(
			@ForAll("calendars") Case c, @ForAll("dates") LocalDate due, @ForAll @IntRange(min = -30, max = 30) int offset) {
		LocalDate today = due.plusDays(offset);
		TrafficLight light = c.calendar().trafficLight(due, today);

		assertThat(light == TrafficLight.RED).isEqualTo(today.isAfter(due));
		if (light != TrafficLight.RED) {
			assertThat(light == TrafficLight.GREEN).isEqualTo(c.referenceCount(today, due) > 3);
		}
	}

	@Property(tries = 500)
	void workingDaysOverdueCountTheWorkingDaysAfterTheDueDateAndExistOnlyOnRed(@ForAll("calendars") Case c,
			@ForAll("dates") LocalDate due, @ForAll @IntRange(min = -30, max = 30) int offset) {
		LocalDate today = due.plusDays(offset);
		int overdue = c.calendar().overdueWorkingDays(due, today);

		assertThat(overdue).isEqualTo(today.isAfter(due) ? c.referenceCount(due, today) : 0);
		if (overdue > 0) {
			assertThat(c.calendar().trafficLight(due, today)).isEqualTo(TrafficLight.RED);
		}
	}

	@Property(tries = 300)
	void anItemDueNWorkingDaysAfterTodayIsGreenExactlyWhenNExceedsThree(@ForAll("calendars") Case c,
			@ForAll("dates") LocalDate today, @ForAll @IntRange(min = 0, max = 10) int n) {
		LocalDate due = c.calendar().addWorkingDays(today, n);

		assertThat(c.calendar().trafficLight(due, today)).isEqualTo(n > 3 ? TrafficLight.GREEN : TrafficLight.YELLOW);
	}

	@Property(tries = 500)
	void aCalendarMonthDeadlineKeepsTheDayOfMonthOrTakesTheMonthsLastDay(@ForAll("dates") LocalDate date,
			@ForAll @IntRange(min = 0, max = 36) int months) {
		LocalDate deadline = calendarWithoutData().plusMonths(date, months);
		YearMonth target = YearMonth.from(date).plusMonths(months);

		assertThat(YearMonth.from(deadline)).isEqualTo(target);
		assertThat(deadline.getDayOfMonth()).isEqualTo(Math.min(date.getDayOfMonth(), target.lengthOfMonth()));
	}

	@Property(tries = 200)
	void aYearWithoutDataCountsMondayToFriday(@ForAll @IntRange(min = 0, max = 3650) int offset) {
		LocalDate date = LocalDate.of(2030, 1, 1).plusDays(offset);

		assertThat(calendarWithoutData().isWorkingDay(date)).isEqualTo(date.getDayOfWeek().getValue() <= 5);
	}

	static WorkingCalendar calendarWithoutData() {
		return new WorkingCalendar(new CalendarCache(new InMemoryCalendarSource(), Duration.ofHours(1), System::nanoTime),
				Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
	}
}
