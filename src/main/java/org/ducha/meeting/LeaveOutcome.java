package org.ducha.meeting;

/** What an attendee's leave requests amount to at check-in, the input of {@link AttendanceRule}. */
public enum LeaveOutcome {
	/** No leave was asked for. */
	NONE,
	/** Asked for but not decided before check-in closed. */
	PENDING,
	/** Refused. */
	REFUSED,
	/** Approved, with the proposed substitute. */
	APPROVED_WITH_SUBSTITUTE,
	/** Approved, nobody proposed in the attendee's place. */
	APPROVED_WITHOUT_SUBSTITUTE;

	static LeaveOutcome of(LeaveRequest request) {
		if (request == null) {
			return NONE;
		}
		return switch (request.getStatus()) {
			case PENDING -> PENDING;
			case REFUSED -> REFUSED;
			case APPROVED -> request.hasSubstitute() ? APPROVED_WITH_SUBSTITUTE : APPROVED_WITHOUT_SUBSTITUTE;
		};
	}
}
