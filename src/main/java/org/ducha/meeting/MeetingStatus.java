package org.ducha.meeting;

/** The state of a meeting. */
public enum MeetingStatus {
	/** Announced to its attendees; leave may be asked for until it starts, check-in is open (已安排). */
	SCHEDULED,
	/** Check-in closed: every attendee has an attendance status (已召开). */
	HELD,
	/** Called off before check-in was closed; no attendance is recorded (已取消). */
	CANCELLED
}
