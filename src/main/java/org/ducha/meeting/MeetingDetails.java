package org.ducha.meeting;

import java.util.List;

/**
 * A meeting with each attendee's current leave request and status — the settled status once held,
 * otherwise what {@link AttendanceRule} gives for the marks and decisions so far — and every leave
 * request, oldest first.
 */
public record MeetingDetails(Meeting meeting, List<AttendeeState> attendees, List<LeaveRequest> leaveRequests) {

	/** An attendee with the request that counts (the latest open one, else the latest) and the status. */
	public record AttendeeState(Attendee attendee, LeaveRequest leave, AttendanceStatus status, boolean settled) {
	}
}
