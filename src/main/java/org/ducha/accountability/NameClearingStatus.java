package org.ducha.accountability;

/** Where a name-clearing record stands. */
public enum NameClearingStatus {
	/** 待审批: proposed by an officer, waiting for the office director. */
	PROPOSED,
	/** 已批准: approved by the office director; shown on the cadre's file. */
	APPROVED,
	/** 未批准: refused by the office director, with a reason. */
	REFUSED
}
