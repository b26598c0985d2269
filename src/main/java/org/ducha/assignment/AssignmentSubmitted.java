package org.ducha.assignment;

import java.time.LocalDate;

/** The unit submitted an assignment's result with evidence (已报结/申请销号). */
public record AssignmentSubmitted(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		LocalDate submittedOn) {
}
