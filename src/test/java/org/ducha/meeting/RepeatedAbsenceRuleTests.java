package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepeatedAbsenceRuleTests {

	private final RepeatedAbsenceRule rule = new RepeatedAbsenceRule(RepeatedAbsenceRule.DEFAULT_THRESHOLD);

	@Test
	void oneAbsenceInAYearMakesNoProblem() {
		assertThat(rule.problemDue(true, 1, false)).isFalse();
	}

	@Test
	void theSecondAbsenceInAYearMakesAProblem() {
		assertThat(rule.problemDue(true, 2, false)).isTrue();
	}

	@Test
	void aThirdAbsenceInTheSameYearMakesNoSecondProblem() {
		assertThat(rule.problemDue(true, 3, true)).isFalse();
		assertThat(rule.problemDue(true, 2, true)).isFalse();
	}

	@Test
	void aProblemMissedEarlierIsStillCreatedAtTheNextAbsence() {
		assertThat(rule.problemDue(true, 3, false)).isTrue();
	}

	@Test
	void anAttendeeWhoIsNoPrincipalMakesNoProblemHoweverOftenAbsent() {
		assertThat(rule.problemDue(false, 2, false)).isFalse();
		assertThat(rule.problemDue(false, 5, false)).isFalse();
	}

	@Test
	void theThresholdIsAtLeastOne() {
		assertThatThrownBy(() -> new RepeatedAbsenceRule(0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new RepeatedAbsenceRule(3).problemDue(true, 2, false)).isFalse();
	}
}
