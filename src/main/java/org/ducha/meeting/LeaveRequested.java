package org.ducha.meeting;

/** A unit asked for leave for one of its attendees. */
public record LeaveRequested(String leaveRequestId, String meetingId, String cadreNo) {
}
