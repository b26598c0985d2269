package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.FlagReason;
import org.ducha.organization.JurisdictionLevel;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo district's accountability data, loaded with the test clock on Friday 2026-09-18: 陈刚's overdue problem
 * among the candidates, 何敏 admonished on 2026-06-18 (effect period to 2026-12-18), an open case against 冯涛.
 */
class AccountabilityDemoDataIntegrationTests extends AccountabilityIntegrationSupport {

	@Autowired
	Assignments assignments;

	CandidateView chenGangsCandidate() {
		await(() -> as("officer", () -> cases.openCandidates())
			.stream()
			.anyMatch(c -> AccountabilityDemoData.CHEN_GANG_PROBLEM.equals(c.problemDescription())));
		return as("officer", () -> cases.openCandidates())
			.stream()
			.filter(c -> AccountabilityDemoData.CHEN_GANG_PROBLEM.equals(c.problemDescription()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void chenGangsOverdueProblemOfTheHousingBureauIsAnAccountabilityCandidate() {
		CandidateView candidate = chenGangsCandidate();
		assertThat(candidate.kind()).isEqualTo(AssignmentKind.PROBLEM);
		assertThat(candidate.unitCode()).isEqualTo("ZJJ");
		assertThat(candidate.reason()).isEqualTo(FlagReason.OVERDUE);
		assertThat(candidate.suggestedCadreNos()).containsExactly("C012");
		assertThat(candidate.flaggedOn()).isEqualTo(AccountabilityTestClock.START);
		var assignment = assignments.find(candidate.assignmentId()).orElseThrow();
		assertThat(assignment.dueOn()).isBefore(AccountabilityTestClock.START.minusDays(7));
		assertThat(assignments.flagsOf(candidate.assignmentId())).containsExactly(FlagReason.OVERDUE);
	}

	@Test
	void theCandidatesPageOffersToOpenACaseAgainstChenGangWithItsBasis() throws Exception {
		CandidateView candidate = chenGangsCandidate();
		mvc.perform(get("/accountability/candidates").with(OFFICER).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-candidate-id=\"" + candidate.id() + "\"")))
			.andExpect(content().string(Matchers.containsString("陈刚 (C012)")));
		mvc.perform(get("/accountability/cases/new").param("candidateId", candidate.id()).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"" + candidate.problemId() + "\"")))
			.andExpect(content().string(Matchers.containsString(AccountabilityDemoData.CHEN_GANG_PROBLEM)));
	}

	@Test
	void heMinsAdmonishmentOfThreeMonthsAgoObjectsToHerPromotionUntilItsEffectPeriodEnds() throws Exception {
		List<DecisionRecord> decisions = cases.decisionsOf("C021")
			.stream()
			.filter(d -> AccountabilityDemoData.HE_MIN_DOCUMENT.equals(d.documentNumber()))
			.toList();
		assertThat(decisions).singleElement().satisfies(d -> {
			assertThat(d.forms()).containsExactly(Form.ADMONISHMENT);
			assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2026, 6, 18));
			assertThat(d.effectUntil()).isEqualTo(LocalDate.of(2026, 12, 18));
			assertThat(d.revoked()).isFalse();
		});
		mvc.perform(get("/api/v1/cadres/C021/integrity-opinion").param("asOf", "2026-09-18").with(OFFICER)
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opinion").value("OBJECT"))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.hasItem(Matchers.allOf(Matchers.containsString("诫勉"),
					Matchers.containsString("2026-12-18")))));
		mvc.perform(get("/cadres/C021/integrity").with(OFFICER).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(AccountabilityDemoData.HE_MIN_DOCUMENT)))
			.andExpect(content().string(Matchers.containsString("2026-12-18")));
	}

	@Test
	void heMinsCaseWasDecidedByTheDistrictAfterItsProposalsAndHerStatement() {
		String id = cases.decisionsOf("C021")
			.stream()
			.filter(d -> AccountabilityDemoData.HE_MIN_DOCUMENT.equals(d.documentNumber()))
			.findFirst()
			.orElseThrow()
			.caseId();
		CaseView c = cases.get(id);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.jurisdiction()).isEqualTo(JurisdictionLevel.DISTRICT);
		assertThat(c.openedOn()).isEqualTo(LocalDate.of(2026, 5, 18));
		assertThat(c.proposals()).isNotEmpty().allSatisfy(p -> assertThat(p.status()).isEqualTo(ProposalStatus.DISMISSED));
		assertThat(c.defence().statement()).isNotBlank();
		assertThat(c.defence().recordedOn()).isBefore(c.decision().decidedOn());
	}

	@Test
	void theCaseAgainstFengTaoIsOpenOnTheProblemNamingHim() {
		List<CaseView> open = cases.openCasesNaming("C030");
		assertThat(open).isNotEmpty();
		CaseView c = open.getFirst();
		assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING);
		assertThat(c.basis()).extracting(BasisRef::kind).contains(BasisKind.PROBLEM);
		assertThat(c.proposals()).extracting(ProposalView::role)
			.contains(ProposalRole.SUPERVISING_LEADER, ProposalRole.PARTY_ORGANIZATION);
	}
}
