package org.ducha.meeting;

/** What the office noted for an attendee at the meeting; {@link AttendanceRule} turns it into a status. */
public enum CheckInMark {
	/** The attendee came in time. */
	PRESENT,
	/** The attendee came after the start. */
	LATE,
	/** Someone came in the attendee's place. */
	SUBSTITUTE,
	/** Nobody came for the attendee. */
	ABSENT
}
