package org.ducha.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ducha.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Backward scheduling (倒排工期) and reporting dates on the shipped 2026 calendar (SPEC §3): the
 * holidays and make-up working days of the State Council notice.
 */
class SupervisionScheduleIntegrationTests extends SupervisionIntegrationSupport {

	@Autowired
	WorkingCalendar calendar;

	BackwardSchedule schedule() {
		return new BackwardSchedule(calendar);
	}

	ReportingSchedule reporting() {
		return new ReportingSchedule(calendar);
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void schedulesMilestoneOnTheNthWorkingDayBeforeTheDeadlineMirroringTheForwardRule() {
		// SPEC §3: 2026-09-18 + 15 working days = 2026-10-15, so 15 working days before 10-15 is 09-18.
		assertThat(schedule().dateOf(d("2026-10-15"), 15)).isEqualTo(d("2026-09-18"));
		assertThat(calendar.addWorkingDays(d("2026-09-18"), 15)).isEqualTo(d("2026-10-15"));
	}

	@Test
	void countsTheNationalDayMakeUpSaturdayAndSkipsTheHolidayBackwards() {
		List<LocalDate> dates = schedule().datesOf(d("2026-10-15"), List.of(3, 4, 5, 6, 7, 10));
		assertThat(dates).containsExactly(d("2026-10-12"), d("2026-10-10"), d("2026-10-09"), d("2026-10-08"),
				d("2026-09-30"), d("2026-09-24"));
	}

	@Test
	void countsTheSpringFestivalMakeUpDaysBackwards() {
		// 2026-02-15..23 off, 02-14 and 02-28 (Saturdays) working.
		assertThat(schedule().datesOf(d("2026-03-02"), List.of(1, 2, 5, 6)))
			.containsExactly(d("2026-02-28"), d("2026-02-27"), d("2026-02-24"), d("2026-02-14"));
		assertThat(schedule().dateOf(d("2026-02-24"), 1)).isEqualTo(d("2026-02-14"));
	}

	@Test
	void neverCountsTheDeadlineItselfEvenWhenItIsAHoliday() {
		assertThat(schedule().dateOf(d("2026-10-04"), 1)).isEqualTo(d("2026-09-30"));
		assertThat(schedule().dateOf(d("2026-09-30"), 1)).isEqualTo(d("2026-09-29"));
	}

	@Test
	void schedulesAcrossTheNewYearHolidayIntoThePreviousYear() {
		// 2026-01-04 (Sunday) is a make-up working day; 01-01..03 off.
		assertThat(schedule().datesOf(d("2026-01-05"), List.of(1, 2))).containsExactly(d("2026-01-04"), d("2025-12-31"));
	}

	@Test
	void zeroWorkingDaysBeforeIsTheDeadline() {
		assertThat(schedule().dateOf(d("2026-10-15"), 0)).isEqualTo(d("2026-10-15"));
	}

	@Test
	void backwardScheduleInvertsTheForwardRuleForEveryWorkingDayOf2026() {
		for (LocalDate day = d("2026-01-04"); day.getYear() == 2026; day = day.plusDays(1)) {
			if (!calendar.isWorkingDay(day)) {
				continue;
			}
			for (int n : new int[] { 1, 3, 5, 10, 20 }) {
				assertThat(schedule().dateOf(calendar.addWorkingDays(day, n), n)).as("%s + %d", day, n).isEqualTo(day);
			}
		}
	}

	@Test
	void movesAReportingDateOnAHolidayToTheNextWorkingDay() {
		// Weekly from Monday 2026-09-14: 09-21, 09-28, 10-05 (holiday) → 10-08, 10-12.
		assertThat(reporting().reportingDates(ReportingFrequency.WEEKLY, d("2026-09-14"), d("2026-10-12")))
			.containsExactly(d("2026-09-21"), d("2026-09-28"), d("2026-10-08"), d("2026-10-12"));
	}

	@Test
	void showsAMissedReportingDateAsLate() {
		List<LocalDate> missed = reporting().missed(ReportingFrequency.WEEKLY, d("2026-09-14"), null,
				List.of(d("2026-09-21"), d("2026-10-09")), d("2026-10-13"));
		assertThat(missed).containsExactly(d("2026-09-28"), d("2026-10-08"));
	}

	@Test
	void aReportingDateIsNotLateOnTheDayItself() {
		assertThat(reporting().missed(ReportingFrequency.WEEKLY, d("2026-09-14"), null, List.of(), d("2026-09-21")))
			.isEmpty();
		assertThat(reporting().missed(ReportingFrequency.WEEKLY, d("2026-09-14"), null, List.of(), d("2026-09-22")))
			.containsExactly(d("2026-09-21"));
	}

	@Test
	void expectsNoReportAfterTheUnitsAssignmentWasClosed() {
		assertThat(reporting().missed(ReportingFrequency.WEEKLY, d("2026-09-14"), d("2026-09-30"), List.of(),
				d("2026-11-30"))).containsExactly(d("2026-09-21"), d("2026-09-28"));
	}

	@Test
	void countsSemimonthlyAndMonthlyReportingDatesFromTheIssueDate() {
		assertThat(reporting().reportingDates(ReportingFrequency.SEMIMONTHLY, d("2026-09-14"), d("2026-10-31")))
			.containsExactly(d("2026-09-29"), d("2026-10-14"), d("2026-10-29"));
		// 2026-01-31 + 1 month = 02-28 (SPEC §3), a make-up working Saturday.
		assertThat(reporting().reportingDates(ReportingFrequency.MONTHLY, d("2026-01-31"), d("2026-03-31")))
			.containsExactly(d("2026-02-28"), d("2026-03-31"));
	}
}
