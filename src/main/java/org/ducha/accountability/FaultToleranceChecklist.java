package org.ducha.accountability;

/**
 * The answers of a fault-tolerance application (SPEC §8.4): the three disqualifying facts, the
 * 三个区分开来 checklist (each true when the matter falls on the excusable side) and the conditions.
 *
 * @param privateGain the cadre sought or obtained private gain (谋取私利)
 * @param eightRulesViolation the matter violates the 中央八项规定精神
 * @param defiedProhibition the matter defied an explicit prohibition (明令禁止)
 * @param lackOfExperience a mistake from lack of experience, not a knowing violation (缺乏经验、先行先试)
 * @param explorationNotProhibited an exploration not yet prohibited, not defiance (尚无明确限制的探索性试验)
 * @param unintendedForDevelopment an unintended error for development, not for private gain (为推动发展的无意过失)
 * @param withinPolicy the action was within policy (符合政策规定)
 * @param collectiveDecision the matter was decided collectively (集体决策)
 * @param diligent the cadre was diligent (勤勉尽责)
 * @param noMajorLoss no major loss was caused (未造成重大损失)
 * @param lossRetrieved the loss was retrieved (损失已挽回)
 * @param correctedPromptly the error was corrected promptly (及时纠错)
 */
public record FaultToleranceChecklist(boolean privateGain, boolean eightRulesViolation, boolean defiedProhibition,
		boolean lackOfExperience, boolean explorationNotProhibited, boolean unintendedForDevelopment,
		boolean withinPolicy, boolean collectiveDecision, boolean diligent, boolean noMajorLoss, boolean lossRetrieved,
		boolean correctedPromptly) {
}
