package org.ducha.meeting;

import java.time.LocalDate;

/** Filters of the meeting list; null means any. Dates are district days of the start. */
public record MeetingFilter(MeetingStatus status, String unitCode, LocalDate from, LocalDate to, String text) {

	public static MeetingFilter none() {
		return new MeetingFilter(null, null, null, null, null);
	}
}
