package org.ducha.meeting;

/** The leader approved or refused a leave request. */
public record LeaveDecided(String leaveRequestId, String meetingId, String cadreNo, LeaveStatus status) {
}
