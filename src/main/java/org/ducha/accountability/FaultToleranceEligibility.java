package org.ducha.accountability;

import java.util.ArrayList;
import java.util.List;

/**
 * Fault-tolerance eligibility (SPEC §8.4), as listed rules. An application is ineligible — refused
 * automatically, with every reason that applies — when
 * <ol>
 * <li>there was private gain ({@link Reason#PRIVATE_GAIN});</li>
 * <li>the matter violates the 八项规定 ({@link Reason#EIGHT_RULES_VIOLATION});</li>
 * <li>it defied an explicit prohibition ({@link Reason#DEFIED_PROHIBITION}).</li>
 * </ol>
 * Otherwise it is eligible and waits for the office director, who weighs the checklist and the
 * other conditions.
 */
public final class FaultToleranceEligibility {

	/** Why an application is refused automatically. */
	public enum Reason {
		/** 谋取私利 */
		PRIVATE_GAIN,
		/** 违反中央八项规定精神 */
		EIGHT_RULES_VIOLATION,
		/** 违反明令禁止 */
		DEFIED_PROHIBITION
	}

	private FaultToleranceEligibility() {
	}

	/** The reasons the application is ineligible, in the order of the rules; empty when eligible. */
	public static List<Reason> ineligibilityOf(FaultToleranceChecklist answers) {
		List<Reason> reasons = new ArrayList<>();
		if (answers.privateGain()) {
			reasons.add(Reason.PRIVATE_GAIN);
		}
		if (answers.eightRulesViolation()) {
			reasons.add(Reason.EIGHT_RULES_VIOLATION);
		}
		if (answers.defiedProhibition()) {
			reasons.add(Reason.DEFIED_PROHIBITION);
		}
		return List.copyOf(reasons);
	}

	public static boolean isEligible(FaultToleranceChecklist answers) {
		return ineligibilityOf(answers).isEmpty();
	}
}
