package org.ducha.rectification;

import java.util.List;

import org.ducha.assignment.AssignmentView;

/**
 * A problem for its page: the assignment, the earlier problem it repeats (or null), the later
 * problems that repeat it, and, for the office only, the report lead it came from (null otherwise).
 */
public record ProblemDetails(Problem problem, AssignmentView assignment, Problem recurrenceOf,
		List<Problem> recurrences, ReportLead reportLead) {
}
