package org.ducha.rectification;

/** Where an item of a unit's self-examination list (自查问题清单) stands. */
public enum SelfExaminationStatus {
	/** 待审核: submitted by the unit, waiting for the office's review. */
	SUBMITTED,
	/** 已转问题: accepted as a problem and handed back to the unit as an assignment. */
	ACCEPTED,
	/** 已退回: sent back to the unit with a reason. */
	SENT_BACK
}
