package org.ducha.meeting;

/**
 * A leave request for one required attendee: the reason, and the proposed substitute either as a
 * cadre ({@code substituteCadreNo}) or by name and position; no substitute at all is allowed.
 */
public record NewLeaveRequest(String cadreNo, String reason, String substituteCadreNo, String substituteName,
		String substitutePosition) {
}
