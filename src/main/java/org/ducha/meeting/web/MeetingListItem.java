package org.ducha.meeting.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.ducha.meeting.Attendee;
import org.ducha.meeting.Meeting;
import org.ducha.meeting.MeetingStatus;

/** A meeting in the list: no leave requests, the attendees by cadre number. */
record MeetingListItem(String id, String title, OffsetDateTime startsAt, String place, String organizerUnitCode,
		String leaderCadreNo, MeetingStatus status, List<String> attendeeCadreNos) {

	static MeetingListItem of(Meeting m, ZoneId zone) {
		return new MeetingListItem(String.valueOf(m.getId()), m.getTitle(), m.getStartsAt().atZone(zone).toOffsetDateTime(),
				m.getPlace(), m.getOrganizerUnitCode(), m.getLeaderCadreNo(), m.getStatus(),
				m.getAttendees().stream().map(Attendee::getCadreNo).toList());
	}
}
