package org.ducha.assignment;

import java.time.LocalDate;

/** The unit signed for an assignment (已签收). */
public record AssignmentSigned(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		LocalDate signedOn) {
}
