package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ducha.organization.Jurisdiction;
import org.ducha.organization.Rank;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC §8.1: the exhaustive transition table of a case, and the rules the aggregate checks. */
class AccountabilityCaseLifecycleTests {

	static final LocalDate OPENED_ON = LocalDate.of(2026, 9, 1);
	static final Instant NOW = Instant.parse("2026-09-18T02:00:00Z");

	static final Map<String, Consumer<AccountabilityCase>> ACTIONS = new LinkedHashMap<>();

	static {
		ACTIONS.put("startInvestigation", c -> c.startInvestigation("officer", NOW));
		ACTIONS.put("propose", c -> c.propose("诫勉", "officer", NOW));
		ACTIONS.put("notPursue", c -> c.notPursue("情节轻微", "director", NOW));
		ACTIONS.put("exempt", c -> c.exempt("容错", "director", NOW));
		ACTIONS.put("recordMitigation", c -> c.recordMitigation("从轻", "director", NOW));
		ACTIONS.put("recordDefence", c -> c.recordDefence("说明", false, "officer", OPENED_ON, NOW));
		ACTIONS.put("decide", c -> c.decide(decision(), "director", NOW));
		ACTIONS.put("close", c -> c.close(OPENED_ON.plusDays(10), "director", NOW));
		ACTIONS.put("appeal", c -> c.fileAppeal(OPENED_ON.plusDays(6), "不服", "officer", NOW));
	}

	/** For each status, the actions it allows; every other action is ILLEGAL_TRANSITION. */
	static final Map<CaseStatus, Set<String>> ALLOWED = Map.of(
			CaseStatus.OPENED, Set.of("startInvestigation", "decide", "notPursue", "exempt", "recordMitigation",
					"recordDefence"),
			CaseStatus.INVESTIGATING, Set.of("propose", "decide", "notPursue", "exempt", "recordMitigation",
					"recordDefence"),
			CaseStatus.PROPOSED, Set.of("decide", "notPursue", "exempt", "recordMitigation", "recordDefence"),
			CaseStatus.DECIDED, Set.of("close", "appeal"),
			CaseStatus.CLOSED, Set.of("appeal"),
			CaseStatus.NOT_PURSUED, Set.of(),
			CaseStatus.EXEMPTED, Set.of());

	static AccountabilityCase.Decision decision() {
		return new AccountabilityCase.Decision(List.of(Form.ADMONISHMENT), OPENED_ON.plusDays(5), null, "区纪诫〔2026〕1号",
				"演示区纪委监委", null);
	}

	static AccountabilityCase opened() {
		return AccountabilityCase.open(
				new AccountabilityCase.Subject(SubjectKind.CADRE, "C021", "SCJ", "何敏", "副局长", Rank.FU_KE, true),
				List.of(new BasisRef(BasisKind.PROBLEM, "1")), "事实", Jurisdiction.district("JW"), null, OPENED_ON, null,
				new ArrayList<>(), "officer", NOW);
	}

	static AccountabilityCase in(CaseStatus status) {
		AccountabilityCase c = opened();
		switch (status) {
			case OPENED -> {
			}
			case INVESTIGATING -> c.startInvestigation("officer", NOW);
			case PROPOSED -> {
				c.startInvestigation("officer", NOW);
				c.propose("诫勉", "officer", NOW);
			}
			case DECIDED, CLOSED -> {
				c.startInvestigation("officer", NOW);
				c.propose("诫勉", "officer", NOW);
				c.recordDefence(null, true, "officer", OPENED_ON, NOW);
				c.decide(decision(), "director", NOW);
				if (status == CaseStatus.CLOSED) {
					c.close(OPENED_ON.plusDays(10), "director", NOW);
				}
			}
			case NOT_PURSUED -> c.notPursue("情节轻微", "director", NOW);
			case EXEMPTED -> c.exempt("容错", "director", NOW);
		}
		assertThat(c.getStatus()).isEqualTo(status);
		return c;
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void everyActionIsAllowedExactlyInTheStatesOfTheTable(CaseStatus status) {
		for (var action : ACTIONS.entrySet()) {
			AccountabilityCase c = in(status);
			if (status.isUndecided() && action.getKey().equals("decide")) {
				c.recordDefence(null, true, "officer", OPENED_ON, NOW);
			}
			if (ALLOWED.get(status).contains(action.getKey())) {
				action.getValue().accept(c);
			}
			else {
				assertThatThrownBy(() -> action.getValue().accept(c)).as(status + " " + action.getKey())
					.isInstanceOfSatisfying(DomainException.class,
							e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
			}
		}
	}

	@Test
	void transitionsFollowTheLifecycle() {
		AccountabilityCase c = opened();
		c.startInvestigation("officer", NOW);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.INVESTIGATING);
		c.propose("诫勉", "officer", NOW);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.PROPOSED);
		c.recordDefence("本人对事实无异议", false, "officer", OPENED_ON, NOW);
		c.decide(decision(), "director", NOW);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.getFourForm()).isEqualTo(1);
		assertThat(c.getEffectUntil()).isEqualTo(OPENED_ON.plusDays(5).plusMonths(6));
		c.close(OPENED_ON.plusDays(10), "director", NOW);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.getSteps()).extracting(CaseStep::action).containsExactly("OPENED", "INVESTIGATION_STARTED",
				"PROPOSED", "DEFENCE_RECORDED", "DECIDED", "CLOSED");
	}

	@Test
	void rejectsDecisionWhileDefenceIsNotRecorded() {
		AccountabilityCase c = in(CaseStatus.PROPOSED);
		assertThatThrownBy(() -> c.decide(decision(), "director", NOW)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("DEFENCE_NOT_RECORDED"));
	}

	@Test
	void aRecordedRefusalAllowsTheDecision() {
		AccountabilityCase c = in(CaseStatus.PROPOSED);
		c.recordDefence(null, true, "officer", OPENED_ON, NOW);
		c.decide(decision(), "director", NOW);
		assertThat(c.isDefenceDeclined()).isTrue();
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
	}

	@Test
	void rejectsCityDecisionBeforeTheDefenceAndTheReferralAreRecorded() {
		AccountabilityCase c = AccountabilityCase.open(
				new AccountabilityCase.Subject(SubjectKind.CADRE, "C004", "QZF", "孙丽", "副区长", Rank.FU_CHU, true),
				List.of(), "事实", Jurisdiction.city(), null, OPENED_ON, null, new ArrayList<>(), "officer", NOW);
		c.startInvestigation("officer", NOW);
		assertThatThrownBy(() -> c.recordReferral("市纪委监委", OPENED_ON, "officer", NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		c.propose("建议给予诫勉", "officer", NOW);
		c.recordReferral("市纪委监委", OPENED_ON.plusDays(2), "officer", NOW);
		// no exception for the city's outcome: API.md answers DEFENCE_NOT_RECORDED at every level
		assertThatThrownBy(() -> c.decide(decision(), "director", NOW)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("DEFENCE_NOT_RECORDED"));
		c.recordDefence("本人对事实无异议", false, "officer", OPENED_ON.plusDays(3), NOW);
		c.decide(decision(), "director", NOW);
		assertThat(c.getReferredTo()).isEqualTo("市纪委监委");
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.getOutcomeReceivedOn()).as("defaults to the decision date").isEqualTo(c.getDecidedOn());
	}

	@Test
	void rejectsCityDecisionWithADefenceButNoReferral() {
		AccountabilityCase c = AccountabilityCase.open(
				new AccountabilityCase.Subject(SubjectKind.CADRE, "C004", "QZF", "孙丽", "副区长", Rank.FU_CHU, true),
				List.of(), "事实", Jurisdiction.city(), null, OPENED_ON, null, new ArrayList<>(), "officer", NOW);
		c.startInvestigation("officer", NOW);
		c.propose("建议给予诫勉", "officer", NOW);
		c.recordDefence(null, true, "officer", OPENED_ON, NOW);
		assertThatThrownBy(() -> c.decide(decision(), "director", NOW)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("REFERRAL_NOT_RECORDED"));
		c.recordReferral("市纪委监委", OPENED_ON.plusDays(2), "officer", NOW);
		c.decide(new AccountabilityCase.Decision(List.of(Form.ADMONISHMENT), OPENED_ON.plusDays(5), null, "市纪〔2026〕1号",
				"市纪委监委", null, OPENED_ON.plusDays(8)), "director", NOW);
		assertThat(c.getOutcomeReceivedOn()).isEqualTo(OPENED_ON.plusDays(8));
	}

	@Test
	void aDistrictDecisionRecordsNoOutcomeReceived() {
		AccountabilityCase c = in(CaseStatus.DECIDED);
		assertThat(c.getOutcomeReceivedOn()).isNull();
	}

	@Test
	void anOpenedCaseIsDecidedOnceItsProposalsAndDefenceAreRecordedWithTheCodesOfTheApi() {
		AccountabilityCase c = AccountabilityCase.open(
				new AccountabilityCase.Subject(SubjectKind.CADRE, "C021", "SCJ", "何敏", "副局长", Rank.FU_KE, true),
				List.of(), "事实", Jurisdiction.district("JW"), null, OPENED_ON, null,
				new ArrayList<>(List.of(new Proposal(ProposalRole.PARTY_ORGANIZATION, SubjectKind.PARTY_ORGANIZATION,
						null, "SCJ", "演示区市场监督管理局党组"))),
				"officer", NOW);
		assertThatThrownBy(() -> c.decide(decision(), "director", NOW)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("DOUBLE_ACCOUNTABILITY_UNRESOLVED"));
		c.proposalDismissed(c.getProposals().getFirst(), "党组已履行主体责任", "officer", OPENED_ON, NOW);
		assertThatThrownBy(() -> c.decide(decision(), "director", NOW)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo("DEFENCE_NOT_RECORDED"));
		c.recordDefence(null, true, "officer", OPENED_ON, NOW);
		c.decide(decision(), "director", NOW);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DECIDED);
		assertThat(c.getSteps()).extracting(CaseStep::action).containsExactly("OPENED", "PROPOSAL_DISMISSED",
				"DEFENCE_DECLINED", "DECIDED");
	}

	@Test
	void appealWithinOneMonthOfDeliveryIsAcceptedAndAnswerIsDueOneMonthLater() {
		AccountabilityCase c = in(CaseStatus.DECIDED);
		LocalDate delivered = c.getDeliveredOn();
		assertThat(delivered).isEqualTo(c.getDecidedOn());
		c.fileAppeal(delivered.plusMonths(1), "不服", "officer", NOW);
		assertThat(c.getAppealDueOn()).isEqualTo(delivered.plusMonths(2));
	}

	@Test
	void rejectsAppealFiledMoreThanOneMonthAfterDelivery() {
		AccountabilityCase c = in(CaseStatus.DECIDED);
		assertThatThrownBy(() -> c.fileAppeal(c.getDeliveredOn().plusMonths(1).plusDays(1), "不服", "officer", NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("APPEAL_PERIOD_EXPIRED"));
	}

	@Test
	void revokedDecisionIsMarkedAndCannotBeAppealedAgain() {
		AccountabilityCase c = in(CaseStatus.DECIDED);
		c.fileAppeal(c.getDeliveredOn().plusDays(3), "不服", "officer", NOW);
		c.decideAppeal(AppealOutcome.REVOKED, List.of(), null, c.getDeliveredOn().plusDays(20), "director", NOW);
		assertThat(c.isRevoked()).isTrue();
		assertThat(CaseView.decisionOf(c).revoked()).isTrue();
		assertThat(CaseView.decisionOf(c).inEffectOn(c.getDecidedOn().plusDays(30))).isFalse();
		assertThatThrownBy(() -> c.fileAppeal(c.getDeliveredOn().plusDays(4), "再诉", "officer", NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void variedDecisionTakesTheNewFormsFourFormAndPeriod() {
		AccountabilityCase c = in(CaseStatus.DECIDED);
		c.fileAppeal(c.getDeliveredOn().plusDays(3), "不服", "officer", NOW);
		c.decideAppeal(AppealOutcome.VARIED, List.of(Form.CRITICISM_EDUCATION), null, c.getDeliveredOn().plusDays(20),
				"director", NOW);
		DecisionRecord record = CaseView.decisionOf(c);
		assertThat(record.forms()).containsExactly(Form.CRITICISM_EDUCATION);
		assertThat(record.decidedForms()).containsExactly(Form.ADMONISHMENT);
		assertThat(record.fourForm()).isEqualTo(1);
		assertThat(record.effectUntil()).isNull();
		assertThat(record.varied()).isTrue();
	}

	@Test
	void upheldDecisionStaysAsDecided() {
		AccountabilityCase c = in(CaseStatus.CLOSED);
		c.fileAppeal(c.getDeliveredOn().plusDays(3), "不服", "officer", NOW);
		c.decideAppeal(AppealOutcome.UPHELD, List.of(), null, c.getDeliveredOn().plusDays(20), "director", NOW);
		assertThat(c.getForms()).containsExactly(Form.ADMONISHMENT);
		assertThat(c.isRevoked()).isFalse();
		assertThatThrownBy(() -> c.decideAppeal(AppealOutcome.REVOKED, List.of(), null, OPENED_ON, "director", NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void unitCaseIsOverdueAfterItsDeadlineUntilTakenOver() {
		AccountabilityCase c = AccountabilityCase.open(
				new AccountabilityCase.Subject(SubjectKind.CADRE, "C012", "ZJJ", "陈刚", "城建股股长", Rank.GU, true),
				List.of(), "事实", Jurisdiction.unit("ZJJ"), null, OPENED_ON, OPENED_ON.plusDays(28), new ArrayList<>(),
				"officer", NOW);
		assertThat(c.isUnitReportOverdue(OPENED_ON.plusDays(28))).isFalse();
		assertThatThrownBy(() -> c.takeOver("JW", OPENED_ON.plusDays(28), "officer", NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThat(c.isUnitReportOverdue(OPENED_ON.plusDays(29))).isTrue();
		c.takeOver("JW", OPENED_ON.plusDays(29), "officer", NOW);
		assertThat(c.getTakenOverFrom()).isEqualTo("ZJJ");
		assertThat(c.getDecidingUnitCode()).isEqualTo("JW");
		assertThat(c.isUnitReportOverdue(OPENED_ON.plusDays(40))).isFalse();
	}

	@Test
	void allStatesAreCovered() {
		assertThat(ALLOWED.keySet()).isEqualTo(EnumSet.allOf(CaseStatus.class));
	}
}
