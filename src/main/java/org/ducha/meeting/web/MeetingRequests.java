package org.ducha.meeting.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.ducha.meeting.CheckInMark;
import org.ducha.meeting.NewLeaveRequest;
import org.ducha.meeting.NewMeeting;
import org.ducha.shared.DomainException;

/** The JSON bodies of the meeting endpoints. */
final class MeetingRequests {

	private MeetingRequests() {
	}

	/**
	 * A meeting to schedule; {@code startsAt} ISO-8601, with an offset (an instant) or without one
	 * (district time). Attendees by unit (its principal) and by cadre.
	 */
	record Create(String title, String startsAt, String place, String organizerUnitCode, String leaderCadreNo,
			List<String> unitCodes, List<String> cadreNos) {

		NewMeeting toNewMeeting(ZoneId zone) {
			return new NewMeeting(title, parseStart(startsAt, zone), place, organizerUnitCode, leaderCadreNo, unitCodes,
					cadreNos);
		}
	}

	static LocalDateTime parseStart(String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).atZoneSameInstant(zone).toLocalDateTime();
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(value.strip());
			}
			catch (DateTimeParseException e2) {
				throw DomainException.validation("startsAt", "an ISO-8601 date and time");
			}
		}
	}

	record Leave(String cadreNo, String reason, String substituteCadreNo, String substituteName,
			String substitutePosition) {

		NewLeaveRequest toNewLeaveRequest() {
			return new NewLeaveRequest(cadreNo, reason, substituteCadreNo, substituteName, substitutePosition);
		}
	}

	record Refusal(String reason) {
	}

	record Cancellation(String reason) {
	}

	/** One attendee's check-in: {@code mark} PRESENT, LATE, SUBSTITUTE, ABSENT, or null to clear it. */
	record CheckIn(String cadreNo, String mark) {

		CheckInMark toMark() {
			if (mark == null || mark.isBlank()) {
				return null;
			}
			try {
				return CheckInMark.valueOf(mark.strip());
			}
			catch (IllegalArgumentException e) {
				throw DomainException.validation("mark", "one of PRESENT, LATE, SUBSTITUTE, ABSENT");
			}
		}
	}
}
