package org.ducha.accountability;

import java.util.List;

/**
 * A case as the office opens it (API.md "Accountability"): the subject — a cadre ({@code cadreNo}) or a unit's
 * party organization ({@code unitCode}), exactly one —, the basis by the ids of its modules, and the facts as
 * the office words them. {@code candidateId} names the accountability candidate it resolves, if any.
 */
public record NewCase(String cadreNo, String unitCode, List<String> problemIds, List<String> reportIds,
		List<String> taskIds, List<String> meetingIds, String facts, String candidateId) {

	public NewCase {
		problemIds = clean(problemIds);
		reportIds = clean(reportIds);
		taskIds = clean(taskIds);
		meetingIds = clean(meetingIds);
	}

	public static NewCase againstCadre(String cadreNo, String facts) {
		return new NewCase(cadreNo, null, List.of(), List.of(), List.of(), List.of(), facts, null);
	}

	public static NewCase againstPartyOrganization(String unitCode, String facts) {
		return new NewCase(null, unitCode, List.of(), List.of(), List.of(), List.of(), facts, null);
	}

	public NewCase withProblems(List<String> ids) {
		return new NewCase(cadreNo, unitCode, ids, reportIds, taskIds, meetingIds, facts, candidateId);
	}

	public NewCase withReports(List<String> ids) {
		return new NewCase(cadreNo, unitCode, problemIds, ids, taskIds, meetingIds, facts, candidateId);
	}

	public NewCase fromCandidate(String id) {
		return new NewCase(cadreNo, unitCode, problemIds, reportIds, taskIds, meetingIds, facts, id);
	}

	private static List<String> clean(List<String> ids) {
		return ids == null ? List.of()
				: ids.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
	}
}
