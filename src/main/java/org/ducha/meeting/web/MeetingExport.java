package org.ducha.meeting.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.meeting.Attendee;
import org.ducha.meeting.Meeting;
import org.ducha.meeting.MeetingFilter;
import org.ducha.meeting.Meetings;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.stereotype.Component;

/** The meeting list as a streamed .xlsx (会议台账), the same for the page and the API. */
@Component
class MeetingExport {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Meetings meetings;
	private final XlsxExports exports;

	MeetingExport(Meetings meetings, XlsxExports exports) {
		this.meetings = meetings;
		this.exports = exports;
	}

	void respond(MeetingFilter filter, HttpServletResponse response) throws IOException {
		List<Meeting> all = meetings.all(filter);
		List<XlsxColumn<Meeting>> columns = List.of(
				XlsxColumn.of("meeting.field.id", m -> String.valueOf(m.getId())),
				XlsxColumn.of("meeting.field.title", Meeting::getTitle),
				XlsxColumn.of("meeting.field.startsAt", m -> MINUTES.format(meetings.localStart(m))),
				XlsxColumn.of("meeting.field.place", Meeting::getPlace),
				XlsxColumn.of("meeting.field.organizer", Meeting::getOrganizerUnitCode),
				XlsxColumn.of("meeting.field.leader", Meeting::getLeaderCadreNo),
				XlsxColumn.of("meeting.field.status", m -> m.getStatus().name()),
				XlsxColumn.of("meeting.field.attendees", m -> String.join(",",
						m.getAttendees().stream().map(a -> a.getUnitCode() + ":" + a.getCadreNo()).toList())),
				XlsxColumn.of("meeting.field.absent", m -> m.getAttendees().stream()
					.filter(a -> a.getStatus() != null && a.getStatus().unexcused()).map(Attendee::getCadreNo)
					.reduce((a, b) -> a + "," + b).orElse(null)));
		exports.respond(response, "meetings", columns, sink -> all.forEach(sink));
	}
}
