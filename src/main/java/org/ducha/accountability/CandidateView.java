package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.FlagReason;

/**
 * A candidate with what the office needs to open a case from it: the problem behind a PROBLEM assignment (its
 * id and description as the office worded it) and the responsible cadres of that problem as suggested subjects.
 */
public record CandidateView(String id, String assignmentId, AssignmentKind kind, String sourceId, String unitCode,
		FlagReason reason, LocalDate flaggedOn, CandidateStatus status, String caseId, String dismissalReason,
		String problemId, String problemDescription, List<String> suggestedCadreNos) {
}
