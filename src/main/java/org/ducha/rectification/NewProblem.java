package org.ducha.rectification;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem as the office words it (API.md "Problems and assignments"): the unit it is handed to,
 * its category, severity, source and description, the measures asked for, the cadres responsible,
 * the report it came from (by id, never its content), the due date in working days (default 20)
 * and the issue date (default today). {@code campaignId} null means the campaign running then.
 */
public record NewProblem(String unitCode, String categoryCode, Severity severity, ProblemSource source,
		String description, String measures, List<String> responsibleCadreNos, String reportId,
		Integer dueInWorkingDays, LocalDate issuedOn, Long campaignId) {

	public NewProblem {
		responsibleCadreNos = responsibleCadreNos == null ? List.of()
				: responsibleCadreNos.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
	}

	NewProblem withSource(ProblemSource newSource) {
		return new NewProblem(unitCode, categoryCode, severity, newSource, description, measures, responsibleCadreNos,
				reportId, dueInWorkingDays, issuedOn, campaignId);
	}
}
