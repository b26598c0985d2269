package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.ducha.accountability.FaultToleranceEligibility.Reason;
import org.junit.jupiter.api.Test;

class FaultToleranceEligibilityTests {

	static FaultToleranceChecklist answers(boolean privateGain, boolean eightRules, boolean defied) {
		return new FaultToleranceChecklist(privateGain, eightRules, defied, true, true, true, true, true, true, true,
				false, true);
	}

	@Test
	void anHonestMistakeWithoutDisqualifyingFactsIsEligible() {
		assertThat(FaultToleranceEligibility.ineligibilityOf(answers(false, false, false))).isEmpty();
		assertThat(FaultToleranceEligibility.isEligible(answers(false, false, false))).isTrue();
	}

	@Test
	void privateGainMakesTheApplicationIneligible() {
		assertThat(FaultToleranceEligibility.ineligibilityOf(answers(true, false, false)))
			.containsExactly(Reason.PRIVATE_GAIN);
	}

	@Test
	void anEightRulesViolationMakesTheApplicationIneligible() {
		assertThat(FaultToleranceEligibility.ineligibilityOf(answers(false, true, false)))
			.containsExactly(Reason.EIGHT_RULES_VIOLATION);
	}

	@Test
	void defyingAnExplicitProhibitionMakesTheApplicationIneligible() {
		assertThat(FaultToleranceEligibility.ineligibilityOf(answers(false, false, true)))
			.containsExactly(Reason.DEFIED_PROHIBITION);
	}

	@Test
	void everyApplicableReasonIsListedInRuleOrder() {
		assertThat(FaultToleranceEligibility.ineligibilityOf(answers(true, true, true)))
			.containsExactly(Reason.PRIVATE_GAIN, Reason.EIGHT_RULES_VIOLATION, Reason.DEFIED_PROHIBITION);
	}

	@Test
	void unfavourableConditionsAloneDoNotRefuseAutomatically() {
		FaultToleranceChecklist weak = new FaultToleranceChecklist(false, false, false, false, false, false, false,
				false, false, false, false, false);
		assertThat(FaultToleranceEligibility.isEligible(weak)).isTrue();
	}
}
