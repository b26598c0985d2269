package org.ducha.meeting;

/**
 * The attendance rule (SPEC §9): an attendee's status from the office's check-in mark and the
 * outcome of the attendee's leave request.
 * <ol>
 * <li>Came in person: PRESENT or LATE, whatever the leave.</li>
 * <li>A substitute came: SUBSTITUTE_APPROVED if the leader approved the leave with that
 * substitute; otherwise ABSENT (a substitute without approval), except that an attendee whose leave
 * was approved without a substitute stays ON_LEAVE.</li>
 * <li>Nobody came (or nothing was recorded): ON_LEAVE if the leave was approved without a
 * substitute; otherwise ABSENT — no leave, refused leave, leave still undecided, and also leave
 * approved with a substitute who did not come (the approval covered the substitute's attendance).</li>
 * </ol>
 */
public final class AttendanceRule {

	private AttendanceRule() {
	}

	/** The status of an attendee; {@code mark} null means nothing was recorded. */
	public static AttendanceStatus statusOf(CheckInMark mark, LeaveOutcome leave) {
		LeaveOutcome outcome = leave == null ? LeaveOutcome.NONE : leave;
		if (mark == CheckInMark.PRESENT) {
			return AttendanceStatus.PRESENT;
		}
		if (mark == CheckInMark.LATE) {
			return AttendanceStatus.LATE;
		}
		if (outcome == LeaveOutcome.APPROVED_WITHOUT_SUBSTITUTE) {
			return AttendanceStatus.ON_LEAVE;
		}
		if (mark == CheckInMark.SUBSTITUTE && outcome == LeaveOutcome.APPROVED_WITH_SUBSTITUTE) {
			return AttendanceStatus.SUBSTITUTE_APPROVED;
		}
		return AttendanceStatus.ABSENT;
	}
}
