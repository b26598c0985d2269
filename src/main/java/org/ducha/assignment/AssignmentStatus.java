package org.ducha.assignment;

/** Where an assignment stands in its one lifecycle (SPEC §6). */
public enum AssignmentStatus {

	/** 已交办: handed to the unit, waiting for the unit to sign within 1 working day. */
	ISSUED,
	/** 已签收: the unit signed for it (late signing is recorded as 未按时签收). */
	SIGNED,
	/** 办理中: the unit works on it and reports progress. */
	IN_PROGRESS,
	/** 已报结/申请销号: the unit submitted its result with evidence; the issuer decides. */
	SUBMITTED,
	/** 已办结/已销号: the issuer accepted the result. Final: no light, never overdue. */
	CLOSED,
	/** 退回: the issuer returned the result with a reason; the unit resumes work and resubmits. */
	RETURNED;

	/** Whether the item still runs against its due date (everything but CLOSED). */
	public boolean isOpen() {
		return this != CLOSED;
	}
}
