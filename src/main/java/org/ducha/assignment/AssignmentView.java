package org.ducha.assignment;

import java.time.LocalDate;

import org.ducha.calendar.TrafficLight;

/**
 * An assignment as other modules and the API see it; its JSON is API.md's Assignment JSON
 * ({@code id, kind, unitCode, status, issuedOn, dueOn, light, overdueWorkingDays, returnedCount,
 * flaggedForAccountability}) plus the extra fields here.
 *
 * @param light as of today; null once CLOSED
 * @param overdueWorkingDays working days d with due &lt; d &le; today; 0 once CLOSED
 * @param originalDueOn the due date it was issued with (extensions change {@code dueOn} only)
 * @param signedLate signed after the 1 working day allowed, or still unsigned after it (未按时签收)
 * @param percent the last progress report's percent (0 before any)
 */
public record AssignmentView(String id, AssignmentKind kind, String sourceId, String unitCode,
		AssignmentStatus status, LocalDate issuedOn, LocalDate dueOn, TrafficLight light, int overdueWorkingDays,
		int returnedCount, boolean flaggedForAccountability, LocalDate originalDueOn, LocalDate signedOn,
		boolean signedLate, int percent, LocalDate closedOn) {
}
