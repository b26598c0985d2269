package org.ducha.supervision;

/** Where a supervised task comes from (SPEC §7). */
public enum TaskSource {
	/** A decision of 区委常委会/政府常务会, with the meeting's name and the item number. */
	DECISION,
	/** A district leader's instruction (领导批示). */
	INSTRUCTION,
	/** A key project (重点项目). */
	KEY_PROJECT,
	/** A campaign (整治活动). */
	CAMPAIGN
}
