package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ducha.assignment.AssignmentFlagged;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.FlagReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SPEC §8.1, issue 5: a case opens from an accountability candidate with its basis filled for every kind of
 * assignment — a problem's id as a problem, a task's as a task, a referred report's as a report, and the
 * assignment itself —, by the service, the API ({@code candidateId}) and the open-case page; and the candidate list
 * of the API is a list page of API.md.
 */
class CandidateCasesIntegrationTests extends AccountabilityIntegrationSupport {

	@Autowired
	CandidateRepository candidates;

	/** A candidate flagged now for an assignment of this kind carrying {@code sourceId}; its id. */
	String candidate(AssignmentKind kind, String sourceId) {
		String assignmentId = UUID.randomUUID().toString();
		cases.flagged(new AssignmentFlagged(assignmentId, kind, sourceId, "ZJJ", FlagReason.OVERDUE,
				LocalDate.of(2026, 9, 17)));
		return candidates.findByAssignmentIdAndStatus(assignmentId, CandidateStatus.OPEN).getFirst().getId().toString();
	}

	String assignmentOf(String candidateId) {
		return candidates.findById(Long.valueOf(candidateId)).orElseThrow().getAssignmentId();
	}

	@ParameterizedTest
	@CsvSource({ "PROBLEM, PROBLEM", "TASK, TASK", "REFERRAL, REPORT" })
	void aCaseOpenedFromACandidateHasWhatItsAssignmentCarriesAsItsBasis(AssignmentKind kind, BasisKind basisKind) {
		String source = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
		String candidateId = candidate(kind, source);

		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "整改不力").fromCandidate(candidateId)));

		assertThat(opened.basisIds(basisKind)).containsExactly(source);
		assertThat(opened.basisIds(BasisKind.ASSIGNMENT)).containsExactly(assignmentOf(candidateId));
		Candidate resolved = candidates.findById(Long.valueOf(candidateId)).orElseThrow();
		assertThat(resolved.getStatus()).isEqualTo(CandidateStatus.CASE_OPENED);
		assertThat(resolved.getCaseId()).hasToString(opened.id());
	}

	@Test
	void aGridEventCandidateHasItsAssignmentAsBasis() {
		String candidateId = candidate(AssignmentKind.GRID_EVENT, "GE-" + UUID.randomUUID().toString().substring(0, 8));
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "整改不力").fromCandidate(candidateId)));
		assertThat(opened.basis()).containsExactly(new BasisRef(BasisKind.ASSIGNMENT, assignmentOf(candidateId)));
	}

	@Test
	void theCandidatesProblemNamedAsWellIsInTheBasisOnce() {
		String source = "P-" + UUID.randomUUID().toString().substring(0, 8);
		String candidateId = candidate(AssignmentKind.TASK, source);
		NewCase draft = new NewCase("C013", null, List.of(), List.of(), List.of(source), List.of(), "整改不力", candidateId);
		CaseView opened = as("officer", () -> cases.open(draft));
		assertThat(opened.basisIds(BasisKind.TASK)).containsExactly(source);
	}

	@Test
	void theApiOpensACaseFromACandidateWithItsBasis() throws Exception {
		String task = "T-" + UUID.randomUUID().toString().substring(0, 8);
		String taskCandidate = candidate(AssignmentKind.TASK, task);
		mvc.perform(post("/api/v1/accountability-cases").with(OFFICER).contentType("application/json").content("""
				{"subject":{"cadreNo":"C013"},"facts":"督办任务逾期","candidateId":"%s"}""".formatted(taskCandidate)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis.taskIds[0]").value(task))
			.andExpect(jsonPath("$.basis.assignmentIds[0]").value(assignmentOf(taskCandidate)));

		String report = "R-" + UUID.randomUUID().toString().substring(0, 8);
		String reportCandidate = candidate(AssignmentKind.REFERRAL, report);
		mvc.perform(post("/api/v1/accountability-cases").with(OFFICER).contentType("application/json").content("""
				{"subject":{"cadreNo":"C013"},"basis":{"problemIds":[],"reportIds":[]},"facts":"转办逾期",
				 "candidateId":"%s"}""".formatted(reportCandidate)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis.reportIds[0]").value(report));

		String problem = "P-" + UUID.randomUUID().toString().substring(0, 8);
		String problemCandidate = candidate(AssignmentKind.PROBLEM, problem);
		mvc.perform(post("/api/v1/accountability-cases").with(OFFICER).contentType("application/json").content("""
				{"subject":{"cadreNo":"C013"},"facts":"整改逾期","candidateId":"%s"}""".formatted(problemCandidate)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis.problemIds[0]").value(problem));
		mvc.perform(get("/api/v1/accountability-candidates/" + problemCandidate).with(OFFICER))
			.andExpect(jsonPath("$.status").value("CASE_OPENED"));
	}

	@Test
	void theOpenCaseFormFromATaskOrReferralCandidateNamesItsTaskOrReport() throws Exception {
		String task = "T-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(get("/accountability/cases/new").param("candidateId", candidate(AssignmentKind.TASK, task))
			.with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + task + "\"")));
		String report = "R-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(get("/accountability/cases/new").param("candidateId", candidate(AssignmentKind.REFERRAL, report))
			.with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + report + "\"")));
	}

	@Test
	void theCandidateListIsAListPageOfTheContract() throws Exception {
		candidate(AssignmentKind.TASK, "T-list-1");
		candidate(AssignmentKind.TASK, "T-list-2");
		candidate(AssignmentKind.TASK, "T-list-3");
		long open = candidates.countByStatus(CandidateStatus.OPEN);
		mvc.perform(get("/api/v1/accountability-candidates?page=0&size=2").with(OFFICER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value((int) open));
		mvc.perform(get("/api/v1/accountability-candidates").with(OFFICER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].id").isNotEmpty());
		mvc.perform(get("/api/v1/accountability-candidates").with(ZJJ)).andExpect(status().isForbidden());
	}
}
