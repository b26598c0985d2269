package org.ducha.rectification.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.assignment.AssignmentView;
import org.ducha.rectification.Problem;
import org.ducha.rectification.ProblemStatus;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Severity;

/**
 * A problem as API.md writes it: {@code id, unitCode, categoryCode, status, recurrenceOf, assignment}
 * with the assignment's own JSON, plus its wording and dates. Never the report it came from.
 */
record ProblemResponse(String id, String unitCode, String categoryCode, ProblemStatus status, String recurrenceOf,
		AssignmentView assignment, Severity severity, String description, String measures,
		List<String> responsibleCadreNos, LocalDate foundOn, Long campaignId, LocalDate closedOn) {

	static ProblemResponse of(ProblemView view) {
		Problem p = view.problem();
		return new ProblemResponse(String.valueOf(p.getId()), p.getUnitCode(), p.getCategoryCode(), p.getStatus(),
				p.getRecurrenceOfId() == null ? null : String.valueOf(p.getRecurrenceOfId()), view.assignment(),
				p.getSeverity(), p.getDescription(), p.getMeasures(), p.getResponsibleCadreNos(), p.getFoundOn(),
				p.getCampaignId(), p.getClosedOn());
	}
}
