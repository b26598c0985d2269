package org.ducha.assignment;

/** Why an assignment became a candidate for accountability (SPEC §6, §6.1). */
public enum FlagReason {
	/** Five working days overdue (整改不力). */
	OVERDUE,
	/** Returned a second time (大问题小整改). */
	RETURNED_TWICE,
	/** The problem recurred within 12 months of a closed one (反弹回潮). */
	RECURRENCE
}
