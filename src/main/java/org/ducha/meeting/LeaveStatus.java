package org.ducha.meeting;

/** The state of a leave request. */
public enum LeaveStatus {
	/** Submitted, waiting for the leader named on the meeting (待审批). */
	PENDING,
	/** The leader approved the leave and, if one was proposed, the substitute (已批准). */
	APPROVED,
	/** The leader refused, with a reason; the attendee is expected in person (未批准). */
	REFUSED
}
