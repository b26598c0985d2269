package org.ducha.assignment;

import java.time.LocalDate;

/** The issuer returned an assignment's result (退回); {@code returnedCount} counts this one. */
public record AssignmentReturned(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		int returnedCount, LocalDate returnedOn) {
}
