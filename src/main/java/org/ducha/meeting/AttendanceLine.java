package org.ducha.meeting;

import java.time.LocalDateTime;

/**
 * One required attendee of one held meeting, for the attendance notice (参会情况通报): the meeting,
 * the unit and cadre as scheduled, the status, and the substitute who came (SUBSTITUTE_APPROVED
 * only, otherwise null). {@code startsAt} is district time.
 */
public record AttendanceLine(String meetingId, String meetingTitle, LocalDateTime startsAt, String unitCode,
		String unitName, String cadreNo, String cadreName, String position, AttendanceStatus status,
		String substituteName, String substitutePosition) {
}
