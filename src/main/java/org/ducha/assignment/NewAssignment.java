package org.ducha.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What another module hands to {@code Assignments.issue}: the unit, what it carries and its dates.
 *
 * @param kind what the assignment carries
 * @param sourceId the id of the problem, task, grid event or report it carries
 * @param unitCode the receiving unit
 * @param responsibleLeaderCadreNo the responsible leader (责任领导), or null for the unit's principal
 * @param contactUsername the unit's contact, or null for the unit's liaison accounts
 * @param instructions what the unit is to do (the office's wording, never report content)
 * @param issuedOn the issue date
 * @param dueOn the due date
 * @param metricTargets the quantitative targets a progress report may carry values for (metric name → target), empty if none
 */
public record NewAssignment(AssignmentKind kind, String sourceId, String unitCode, String responsibleLeaderCadreNo,
		String contactUsername, String instructions, LocalDate issuedOn, LocalDate dueOn,
		Map<String, BigDecimal> metricTargets) {

	public NewAssignment {
		metricTargets = metricTargets == null ? Map.of() : Map.copyOf(metricTargets);
	}
}
