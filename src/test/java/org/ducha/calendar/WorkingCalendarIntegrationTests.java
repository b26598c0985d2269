package org.ducha.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The examples of SPEC §3 against the 2025 and 2026 calendars shipped in the migration. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CalendarTestClock.class)
class WorkingCalendarIntegrationTests {

	@Autowired
	WorkingCalendar calendar;

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void fifteenWorkingDaysAfterFriday18September2026FallDueOn15October() {
		assertThat(calendar.addWorkingDays(d("2026-09-18"), 15)).isEqualTo(d("2026-10-15"));
		assertThat(calendar.workingDaysBetween(d("2026-09-18"), d("2026-10-15"))).isEqualTo(15);
	}

	@Test
	void theMakeUpSundayOf20SeptemberAndSaturdayOf10October2026AreWorkingDays() {
		assertThat(calendar.isWorkingDay(d("2026-09-20"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-10-10"))).isTrue();
		assertThat(calendar.day(d("2026-10-10")).kind()).isEqualTo(DayKind.MAKEUP_WORKDAY);
	}

	@Test
	void theNationalDayWeekAndTheMidAutumnFriday2026AreOff() {
		for (LocalDate day = d("2026-10-01"); !day.isAfter(d("2026-10-07")); day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(calendar.isWorkingDay(d("2026-09-25"))).isFalse();
		assertThat(calendar.day(d("2026-09-25")).name()).isEqualTo("中秋节");
		assertThat(calendar.day(d("2026-10-01"))).isEqualTo(new CalendarDay(d("2026-10-01"), DayKind.HOLIDAY, "国庆节"));
		assertThat(calendar.isWorkingDay(d("2026-10-08"))).isTrue();
	}

	@Test
	void theOtherHolidaysAndMakeUpDaysOf2026AreAsTheStateCouncilSet() {
		assertThat(calendar.day(d("2026-01-02")).name()).isEqualTo("元旦");
		assertThat(calendar.day(d("2026-02-17")).name()).isEqualTo("春节");
		assertThat(calendar.day(d("2026-04-06")).name()).isEqualTo("清明节");
		assertThat(calendar.day(d("2026-05-05")).name()).isEqualTo("劳动节");
		assertThat(calendar.day(d("2026-06-19")).name()).isEqualTo("端午节");
		assertThat(calendar.isWorkingDay(d("2026-02-23"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2026-02-24"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-01-04"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-02-28"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2026-05-09"))).isTrue();
	}

	@Test
	void theDayOfReceiptNeverCountsEvenWhenItIsAHolidayOrAMakeUpDay() {
		assertThat(calendar.addWorkingDays(d("2026-10-01"), 1)).isEqualTo(d("2026-10-08"));
		assertThat(calendar.addWorkingDays(d("2026-10-03"), 3)).isEqualTo(d("2026-10-10"));
		assertThat(calendar.addWorkingDays(d("2026-10-10"), 1)).isEqualTo(d("2026-10-12"));
		assertThat(calendar.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
	}

	@Test
	void anItemDueOnAFridayIsOneWorkingDayOverdueOnMondayAndRedButZeroDaysOverdueOverTheWeekend() {
		LocalDate friday = d("2026-09-11");

		assertThat(calendar.overdueWorkingDays(friday, d("2026-09-12"))).isZero();
		assertThat(calendar.overdueWorkingDays(friday, d("2026-09-13"))).isZero();
		assertThat(calendar.trafficLight(friday, d("2026-09-12"))).isEqualTo(TrafficLight.RED);
		assertThat(calendar.trafficLight(friday, d("2026-09-13"))).isEqualTo(TrafficLight.RED);
		assertThat(calendar.overdueWorkingDays(friday, d("2026-09-14"))).isEqualTo(1);
		assertThat(calendar.trafficLight(friday, d("2026-09-14"))).isEqualTo(TrafficLight.RED);
	}

	@Test
	void overdueDaysSkipTheHolidaysAndCountTheMakeUpDays() {
		assertThat(calendar.overdueWorkingDays(d("2026-09-30"), d("2026-10-07"))).isZero();
		assertThat(calendar.overdueWorkingDays(d("2026-09-30"), d("2026-10-10"))).isEqualTo(3);
	}

	@Test
	void anItemDueTodayIsYellowAndNotOverdue() {
		assertThat(calendar.trafficLight(d("2026-09-16"), d("2026-09-16"))).isEqualTo(TrafficLight.YELLOW);
		assertThat(calendar.overdueWorkingDays(d("2026-09-16"), d("2026-09-16"))).isZero();
	}

	@Test
	void threeWorkingDaysBeforeTheDueDateIsYellowAndFourIsGreen() {
		assertThat(calendar.trafficLight(d("2026-09-18"), d("2026-09-15"))).isEqualTo(TrafficLight.YELLOW);
		assertThat(calendar.trafficLight(d("2026-09-18"), d("2026-09-14"))).isEqualTo(TrafficLight.GREEN);
	}

	@Test
	void theNationalDayWeekDoesNotCountTowardsTheLight() {
		assertThat(calendar.trafficLight(d("2026-10-09"), d("2026-09-29"))).isEqualTo(TrafficLight.YELLOW);
		assertThat(calendar.trafficLight(d("2026-10-09"), d("2026-09-28"))).isEqualTo(TrafficLight.GREEN);
	}

	@Test
	void the2025CalendarHasItsHolidaysAndMakeUpDays() {
		assertThat(calendar.isWorkingDay(d("2025-01-01"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2025-01-26"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2025-02-04"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2025-02-08"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2025-04-04"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2025-04-27"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2025-05-05"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2025-06-02"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2025-09-28"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2025-10-08"))).isFalse();
		assertThat(calendar.isWorkingDay(d("2025-10-11"))).isTrue();
	}

	@Test
	void deadlinesIn2025SkipTheHolidaysAndLandOnMakeUpDays() {
		assertThat(calendar.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
		assertThat(calendar.addWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
		assertThat(calendar.addWorkingDays(d("2025-10-10"), 1)).isEqualTo(d("2025-10-11"));
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-01-27"));
		assertThat(calendar.addWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
		assertThat(calendar.addWorkingDays(d("2025-05-30"), 1)).isEqualTo(d("2025-06-03"));
		assertThat(calendar.overdueWorkingDays(d("2025-09-30"), d("2025-10-09"))).isEqualTo(1);
	}

	@Test
	void countingAcrossNewYearUsesTheMakeUpSundayOf4January2026() {
		assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
		assertThat(calendar.workingDaysBetween(d("2025-12-30"), d("2026-01-05"))).isEqualTo(3);
	}

	@Test
	void aCalendarMonthAfter31January2026Is28February() {
		assertThat(calendar.plusMonths(d("2026-01-31"), 1)).isEqualTo(d("2026-02-28"));
		assertThat(calendar.plusMonths(d("2028-01-31"), 1)).isEqualTo(d("2028-02-29"));
		assertThat(calendar.plusMonths(d("2026-03-31"), 1)).isEqualTo(d("2026-04-30"));
		assertThat(calendar.plusMonths(d("2026-01-15"), 1)).isEqualTo(d("2026-02-15"));
	}

	@Test
	void aYearWithoutDataCountsMondayToFridayAndIsReportedMissing() {
		assertThat(calendar.isWorkingDay(d("2027-01-01"))).isTrue();
		assertThat(calendar.isWorkingDay(d("2027-01-02"))).isFalse();
		assertThat(calendar.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
		assertThat(calendar.isYearLoaded(2026)).isTrue();
		assertThat(calendar.isYearLoaded(2027)).isFalse();
		assertThat(calendar.missingYears()).containsExactly(2027);
	}

	@Test
	void todayIsTheDistrictDateWhenTheServerClockIsStillOnTheDayBefore() {
		assertThat(calendar.today()).isEqualTo(d("2026-10-01"));
		assertThat(calendar.trafficLight(d("2026-09-30"))).isEqualTo(TrafficLight.RED);
	}
}
