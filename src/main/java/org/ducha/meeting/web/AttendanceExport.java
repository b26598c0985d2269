package org.ducha.meeting.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.meeting.AttendanceLine;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.stereotype.Component;

/** The attendance ledger (参会台账) as a streamed .xlsx: one row per held meeting and required attendee. */
@Component
class AttendanceExport {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final XlsxExports exports;

	AttendanceExport(XlsxExports exports) {
		this.exports = exports;
	}

	void respond(List<AttendanceLine> lines, HttpServletResponse response) throws IOException {
		List<XlsxColumn<AttendanceLine>> columns = List.of(
				XlsxColumn.of("meeting.field.id", AttendanceLine::meetingId),
				XlsxColumn.of("meeting.field.title", AttendanceLine::meetingTitle),
				XlsxColumn.of("meeting.field.startsAt", l -> MINUTES.format(l.startsAt())),
				XlsxColumn.of("meeting.field.unitCode", AttendanceLine::unitCode),
				XlsxColumn.of("meeting.field.unit", AttendanceLine::unitName),
				XlsxColumn.of("meeting.field.cadreNo", AttendanceLine::cadreNo),
				XlsxColumn.of("meeting.field.cadre", AttendanceLine::cadreName),
				XlsxColumn.of("meeting.field.position", AttendanceLine::position),
				XlsxColumn.of("meeting.field.attendance", l -> l.status().name()),
				XlsxColumn.of("meeting.field.substituteName", AttendanceLine::substituteName),
				XlsxColumn.of("meeting.field.substitutePosition", AttendanceLine::substitutePosition));
		exports.respond(response, "attendance", columns, sink -> lines.forEach(sink));
	}
}
