package org.ducha.assignment;

import java.time.LocalDate;

/**
 * The issuer accepted an assignment's result (已办结/已销号); the module that issued it closes what
 * it carries (the problem is closed out, the task's part is done).
 */
public record AssignmentClosed(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		LocalDate closedOn) {
}
