package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecurrencePolicyTests {

	static Problem closed(String unit, String category, LocalDate closedOn) {
		Problem p = Problem.find(new Problem.Record(unit, category, "d", null, Severity.GENERAL, ProblemSource.OTHER,
				closedOn.minusMonths(1), null, List.of(), null, null, null), null, "officer", Instant.EPOCH);
		p.closeOut(closedOn);
		return p;
	}

	@Test
	void windowEndsTwelveCalendarMonthsAfterClosingOnTheSameDay() {
		assertThat(RecurrencePolicy.windowEnd(LocalDate.of(2025, 10, 31))).isEqualTo(LocalDate.of(2026, 10, 31));
	}

	@Test
	void windowEndsOnTheMonthsLastDayWhenTheDayDoesNotExist() {
		assertThat(RecurrencePolicy.windowEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void repeatsOnTheLastDayOfTheWindowButNotTheDayAfter() {
		Problem earlier = closed("ZJJ", "ZFZD-03", LocalDate.of(2025, 9, 18));
		assertThat(RecurrencePolicy.repeats("ZJJ", "ZFZD-03", LocalDate.of(2026, 9, 18), earlier)).isTrue();
		assertThat(RecurrencePolicy.repeats("ZJJ", "ZFZD-03", LocalDate.of(2026, 9, 19), earlier)).isFalse();
	}

	@Test
	void repeatsFromTheClosingDayButNotBefore() {
		Problem earlier = closed("ZJJ", "ZFZD-03", LocalDate.of(2026, 3, 2));
		assertThat(RecurrencePolicy.repeats("ZJJ", "ZFZD-03", LocalDate.of(2026, 3, 2), earlier)).isTrue();
		assertThat(RecurrencePolicy.repeats("ZJJ", "ZFZD-03", LocalDate.of(2026, 3, 1), earlier)).isFalse();
	}

	@Test
	void needsTheSameUnitAndCategory() {
		Problem earlier = closed("ZJJ", "ZFZD-03", LocalDate.of(2026, 3, 2));
		assertThat(RecurrencePolicy.repeats("SCJ", "ZFZD-03", LocalDate.of(2026, 4, 1), earlier)).isFalse();
		assertThat(RecurrencePolicy.repeats("ZJJ", "ZFZD-04", LocalDate.of(2026, 4, 1), earlier)).isFalse();
	}

	@Test
	void anOpenProblemIsNeverRepeated() {
		Problem open = Problem.find(new Problem.Record("ZJJ", "ZFZD-03", "d", null, Severity.GENERAL, ProblemSource.OTHER,
				LocalDate.of(2026, 3, 1), null, List.of(), null, null, null), null, "officer", Instant.EPOCH);
		assertThat(RecurrencePolicy.repeats("ZJJ", "ZFZD-03", LocalDate.of(2026, 4, 1), open)).isFalse();
	}

	@Test
	void theProblemClosedLastIsTheOneRepeated() {
		Problem older = closed("ZJJ", "ZFZD-03", LocalDate.of(2026, 1, 5));
		Problem newer = closed("ZJJ", "ZFZD-03", LocalDate.of(2026, 3, 2));
		assertThat(RecurrencePolicy.repeatedBy("ZJJ", "ZFZD-03", LocalDate.of(2026, 4, 1), List.of(older, newer)))
			.containsSame(newer);
	}
}
