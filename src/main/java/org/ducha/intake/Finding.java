package org.ducha.intake;

/** The finding of a concluded report (SPEC §5). */
public enum Finding {
	/** 属实 */
	SUBSTANTIATED,
	/** 部分属实 */
	PARTLY_SUBSTANTIATED,
	/** 不属实 */
	UNSUBSTANTIATED,
	/** 无法查实 */
	UNVERIFIABLE;

	/** Leads to follow-ups: a problem, a case, a referral. */
	public boolean isSubstantiated() {
		return this == SUBSTANTIATED || this == PARTLY_SUBSTANTIATED;
	}
}
