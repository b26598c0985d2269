package org.ducha.meeting;

/**
 * A unit's attendance over a period (for the unit ranking): how many attendances of held meetings
 * were required of it and how each went. {@code present} counts PRESENT only.
 */
public record UnitAttendance(String unitCode, String unitName, int required, int present, int late,
		int substituteApproved, int onLeave, int absent) {

	static UnitAttendance empty(String unitCode, String unitName) {
		return new UnitAttendance(unitCode, unitName, 0, 0, 0, 0, 0, 0);
	}

	UnitAttendance plus(AttendanceStatus status) {
		return new UnitAttendance(unitCode, unitName, required + 1, present + (status == AttendanceStatus.PRESENT ? 1 : 0),
				late + (status == AttendanceStatus.LATE ? 1 : 0),
				substituteApproved + (status == AttendanceStatus.SUBSTITUTE_APPROVED ? 1 : 0),
				onLeave + (status == AttendanceStatus.ON_LEAVE ? 1 : 0), absent + (status == AttendanceStatus.ABSENT ? 1 : 0));
	}

	/** Attendances where the attendee or an approved substitute came (PRESENT, LATE, SUBSTITUTE_APPROVED). */
	public int attended() {
		return present + late + substituteApproved;
	}
}
