package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepeatedAbsenceRuleTests {

	private final RepeatedAbsenceRule rule = new RepeatedAbsenceRule(RepeatedAbsenceRule.DEFAULT_THRESHOLD);

	@Test
	void oneAbsenceInAYearMakesNoProblem() {
		assertThat(rule.problemDue(1, false)).isFalse();
	}

	@Test
	void theSecondAbsenceInAYearMakesAProblem() {
		assertThat(rule.problemDue(2, false)).isTrue();
	}

	@Test
	void aThirdAbsenceInTheSameYearMakesNoSecondProblem() {
		assertThat(rule.problemDue(3, true)).isFalse();
		assertThat(rule.problemDue(2, true)).isFalse();
	}

	@Test
	void aProblemMissedEarlierIsStillCreatedAtTheNextAbsence() {
		assertThat(rule.problemDue(3, false)).isTrue();
	}

	@Test
	void theThresholdIsAtLeastOne() {
		assertThatThrownBy(() -> new RepeatedAbsenceRule(0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new RepeatedAbsenceRule(3).problemDue(2, false)).isFalse();
	}
}
