package org.ducha.assignment;

import java.time.LocalDate;

/**
 * An assignment was flagged as a candidate for accountability. Published once per assignment and
 * reason; the accountability module lists it as a candidate from which a case opens with its basis.
 *
 * @param assignmentId the assignment's API id
 * @param kind what the assignment carries
 * @param sourceId the id of what it carries (the problem's id for {@link AssignmentKind#PROBLEM}, the task's for TASK…)
 * @param unitCode the unit the assignment was handed to
 * @param reason why it was flagged
 * @param flaggedOn the district date of the flag
 */
public record AssignmentFlagged(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		FlagReason reason, LocalDate flaggedOn) {
}
