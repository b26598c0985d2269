package org.ducha.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The unit reported progress on an assignment (text stays on the assignment); supervised tasks use
 * the percent and metric values for their targets and reporting dates.
 */
public record AssignmentProgressReported(String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		int percent, Map<String, BigDecimal> metricValues, LocalDate reportedOn) {

	public AssignmentProgressReported {
		metricValues = metricValues == null ? Map.of() : Map.copyOf(metricValues);
	}
}
