package org.ducha.meeting.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.ducha.meeting.AttendanceStatus;
import org.ducha.meeting.CheckInMark;
import org.ducha.meeting.LeaveStatus;
import org.ducha.meeting.Meeting;
import org.ducha.meeting.MeetingDetails;
import org.ducha.meeting.MeetingStatus;

/**
 * A meeting as the API shows it: each attendee with the office's mark, the status (settled once
 * held, otherwise as the marks and leave decisions stand) and the leave request that counts, and
 * every leave request.
 */
record MeetingResponse(String id, String title, OffsetDateTime startsAt, String place, String organizerUnitCode,
		String leaderCadreNo, MeetingStatus status, OffsetDateTime closedAt, String cancelReason, String createdBy,
		List<AttendeeItem> attendees, List<LeaveResponse> leaveRequests) {

	record AttendeeItem(String cadreNo, String cadreName, String position, String unitCode, String unitName,
			CheckInMark mark, AttendanceStatus status, boolean settled, String leaveRequestId, LeaveStatus leaveStatus) {
	}

	static MeetingResponse of(MeetingDetails d, ZoneId zone) {
		Meeting m = d.meeting();
		List<AttendeeItem> attendees = d.attendees().stream()
			.map(a -> new AttendeeItem(a.attendee().getCadreNo(), a.attendee().getCadreName(), a.attendee().getCadrePosition(),
					a.attendee().getUnitCode(), a.attendee().getUnitName(), a.attendee().getMark(), a.status(), a.settled(),
					a.leave() == null ? null : String.valueOf(a.leave().getId()),
					a.leave() == null ? null : a.leave().getStatus()))
			.toList();
		return new MeetingResponse(String.valueOf(m.getId()), m.getTitle(), m.getStartsAt().atZone(zone).toOffsetDateTime(),
				m.getPlace(), m.getOrganizerUnitCode(), m.getLeaderCadreNo(), m.getStatus(),
				m.getClosedAt() == null ? null : m.getClosedAt().atZone(zone).toOffsetDateTime(), m.getCancelReason(),
				m.getCreatedBy(), attendees, d.leaveRequests().stream().map(l -> LeaveResponse.of(l, zone)).toList());
	}
}
