package org.ducha.meeting;

/** An attendee's attendance at a meeting (SPEC §9), as {@link AttendanceRule} derives it. */
public enum AttendanceStatus {
	/** Came in time (出席). */
	PRESENT,
	/** Came late (迟到). */
	LATE,
	/** Approved leave, and the approved substitute came (经批准委托他人参会). */
	SUBSTITUTE_APPROVED,
	/** Approved leave without a substitute (请假). */
	ON_LEAVE,
	/** Unexcused: no leave, refused or undecided leave, or a substitute without approval (缺席). */
	ABSENT;

	/** Counts as an unexcused absence for {@link RepeatedAbsenceRule}. */
	public boolean unexcused() {
		return this == ABSENT;
	}
}
