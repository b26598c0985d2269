package org.ducha.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

	final InMemoryCalendarSource source = new InMemoryCalendarSource()
		.holidays("National Day", "2026-10-01", "2026-10-07")
		.makeupWorkday(LocalDate.of(2026, 10, 10))
		.loaded(2026);

	WorkingCalendar calendarAt(String instant, ZoneId clockZone) {
		return new WorkingCalendar(new CalendarCache(source, Duration.ofSeconds(1)),
				Clock.fixed(Instant.parse(instant), clockZone), ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void todayIsTheDateInTheDistrictZoneWhateverTheZoneOfTheClock() {
		assertThat(calendarAt("2026-09-30T17:00:00Z", ZoneOffset.UTC).today()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(calendarAt("2026-09-30T15:59:59Z", ZoneId.of("America/New_York")).today())
			.isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void theLightAndTheDaysOverdueWithoutADateAreAsOfTheDistrictsToday() {
		WorkingCalendar calendar = calendarAt("2026-10-11T16:30:00Z", ZoneOffset.UTC);

		assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(calendar.trafficLight(LocalDate.of(2026, 9, 30))).isEqualTo(TrafficLight.RED);
		assertThat(calendar.overdueWorkingDays(LocalDate.of(2026, 9, 30))).isEqualTo(4);
		assertThat(calendar.trafficLight(LocalDate.of(2026, 10, 12))).isEqualTo(TrafficLight.YELLOW);
	}

	@Test
	void aNegativeNumberOfWorkingDaysIsRefused() {
		WorkingCalendar calendar = calendarAt("2026-09-30T00:00:00Z", ZoneOffset.UTC);

		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 9, 1), -1));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.minusWorkingDays(LocalDate.of(2026, 9, 1), -1));
	}

	@Test
	void zeroWorkingDaysLeaveTheDateAsItIs() {
		WorkingCalendar calendar = calendarAt("2026-09-30T00:00:00Z", ZoneOffset.UTC);

		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
		assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
	}

	@Test
	void missingYearsAreThisYearAndNextWhenNotLoaded() {
		assertThat(calendarAt("2026-12-31T15:59:00Z", ZoneOffset.UTC).missingYears()).containsExactly(2027);
		assertThat(calendarAt("2026-12-31T16:00:00Z", ZoneOffset.UTC).missingYears()).containsExactly(2027, 2028);
		assertThat(calendarAt("2026-06-01T00:00:00Z", ZoneOffset.UTC).missingAmong(java.util.List.of(2025, 2026, 2030)))
			.containsExactly(2025, 2030);
	}

	@Test
	void datesFarOutsideTheCachedYearsStillFollowTheWeekdayRule() {
		WorkingCalendar calendar = calendarAt("2026-09-30T00:00:00Z", ZoneOffset.UTC);

		assertThat(calendar.isWorkingDay(LocalDate.of(9999, 12, 31))).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.of(1800, 1, 3), 1)).isEqualTo(LocalDate.of(1800, 1, 6));
	}
}
