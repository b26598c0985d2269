package org.ducha.meeting.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.ducha.meeting.LeaveRequest;
import org.ducha.meeting.LeaveStatus;

/** A leave request as the API shows it. */
record LeaveResponse(String id, String meetingId, String cadreNo, String unitCode, String reason, Substitute substitute,
		LeaveStatus status, String submittedBy, OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt,
		String refusalReason) {

	record Substitute(String cadreNo, String name, String position) {
	}

	static LeaveResponse of(LeaveRequest l, ZoneId zone) {
		return new LeaveResponse(String.valueOf(l.getId()), String.valueOf(l.getMeetingId()), l.getCadreNo(), l.getUnitCode(),
				l.getReason(),
				l.hasSubstitute() ? new Substitute(l.getSubstituteCadreNo(), l.getSubstituteName(), l.getSubstitutePosition())
						: null,
				l.getStatus(), l.getSubmittedBy(), l.getSubmittedAt().atZone(zone).toOffsetDateTime(), l.getDecidedBy(),
				l.getDecidedAt() == null ? null : l.getDecidedAt().atZone(zone).toOffsetDateTime(), l.getRefusalReason());
	}
}
