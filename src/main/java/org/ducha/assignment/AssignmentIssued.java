package org.ducha.assignment;

import java.time.LocalDate;

/** An assignment was handed to a unit (已交办). */
public record AssignmentIssued(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		LocalDate issuedOn, LocalDate dueOn) {
}
