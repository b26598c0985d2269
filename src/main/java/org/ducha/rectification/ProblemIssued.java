package org.ducha.rectification;

import java.time.LocalDate;

/** A problem was handed to its unit as an assignment; {@code recurrenceOf} is the earlier problem it repeats, or null. */
public record ProblemIssued(String problemId, String assignmentId, String unitCode, String categoryCode,
		ProblemSource source, String recurrenceOf, LocalDate foundOn) {
}
