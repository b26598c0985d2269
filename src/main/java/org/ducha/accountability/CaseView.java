package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;

import org.ducha.organization.JurisdictionLevel;

/**
 * A case as other modules, the API and the pages read it. {@code decision} and {@code appeal} are null until they
 * exist. {@code basis} may hold REPORT items: the web layer never shows them to unit users.
 *
 * @param unitReportDueOn a UNIT case: the date by which the deciding unit reports its decision
 * @param unitReportOverdue a UNIT case past that date, undecided and not taken over: the office may take it over
 * @param takenOverFrom the unit that had the case before the district took it over, or null
 * @param outcomeReceivedOn a decided CITY case: the day the district received the city's outcome
 */
public record CaseView(String id, CaseStatus status, CaseSubject subject, JurisdictionLevel jurisdiction,
		String decidingUnitCode, String facts, List<BasisRef> basis, List<ProposalView> proposals,
		String statusReason, String proposedHandling, String mitigationBasis, String originCaseId, LocalDate openedOn,
		String openedBy, LocalDate unitReportDueOn, boolean unitReportOverdue, String takenOverFrom,
		LocalDate takenOverOn, String delayProblemId, LocalDate referredOn, String referredTo, LocalDate outcomeReceivedOn, Defence defence,
		DecisionRecord decision, Appeal appeal, LocalDate closedOn, List<CaseStep> timeline) {

	/** 陈述申辩: the statement, or the record that the subject declined. */
	public record Defence(String statement, boolean declined, LocalDate recordedOn) {
	}

	/** 申诉 and its answer. */
	public record Appeal(LocalDate filedOn, String reason, LocalDate dueOn, AppealOutcome outcome,
			LocalDate decidedOn) {
	}

	public boolean undecided() {
		return status.isUndecided();
	}

	public List<String> basisIds(BasisKind kind) {
		return basis.stream().filter(b -> b.kind() == kind).map(BasisRef::refId).toList();
	}

	/** The same case without the REPORT items of its basis, for users who may not see reports. */
	public CaseView withoutReports() {
		return new CaseView(id, status, subject, jurisdiction, decidingUnitCode, facts,
				basis.stream().filter(b -> b.kind() != BasisKind.REPORT).toList(), proposals, statusReason,
				proposedHandling, mitigationBasis, originCaseId, openedOn, openedBy, unitReportDueOn, unitReportOverdue,
				takenOverFrom, takenOverOn, delayProblemId, referredOn, referredTo, outcomeReceivedOn, defence, decision, appeal, closedOn,
				timeline);
	}

	static CaseView of(AccountabilityCase c, LocalDate today) {
		CaseSubject subject = subjectOf(c);
		return new CaseView(String.valueOf(c.getId()), c.getStatus(), subject, c.getJurisdictionLevel(),
				c.getDecidingUnitCode(), c.getFacts(), c.getBasis(),
				c.getProposals().stream().map(ProposalView::of).toList(), c.getStatusReason(), c.getProposedHandling(),
				c.getMitigationBasis(), c.getOriginCaseId() == null ? null : String.valueOf(c.getOriginCaseId()),
				c.getOpenedOn(), c.getOpenedBy(), c.getUnitReportDueOn(), c.isUnitReportOverdue(today),
				c.getTakenOverFrom(), c.getTakenOverOn(), c.getDelayProblemId(), c.getReferredOn(), c.getReferredTo(),
				c.getOutcomeReceivedOn(),
				c.hasDefence() ? new Defence(c.getDefenceStatement(), c.isDefenceDeclined(), c.getDefenceRecordedOn())
						: null,
				c.getStatus().hasDecision() ? decisionOf(c) : null,
				c.getAppealFiledOn() == null ? null : new Appeal(c.getAppealFiledOn(), c.getAppealReason(),
						c.getAppealDueOn(), c.getAppealOutcome(), c.getAppealDecidedOn()),
				c.getClosedOn(), c.getSteps());
	}

	static CaseSubject subjectOf(AccountabilityCase c) {
		return new CaseSubject(c.getSubjectKind(), c.getSubjectCadreNo(), c.getSubjectUnitCode(), c.getSubjectName(),
				c.getSubjectPosition(), c.getSubjectRank(), c.isSubjectPartyMember());
	}

	static DecisionRecord decisionOf(AccountabilityCase c) {
		return new DecisionRecord(String.valueOf(c.getId()), subjectOf(c), c.getFacts(), c.getJurisdictionLevel(),
				c.getForms(), c.getDecidedForms(), c.getFourForm(), c.getDecidedOn(), c.getDeliveredOn(),
				c.getEffectUntil(), c.isEffectPermanent(), c.getProbationMonths(), c.getDocumentNumber(),
				c.getDecidingBody(), c.getMitigationBasis(), c.getVariedOn() != null, c.getVariedOn(), c.isRevoked(),
				c.getRevokedOn());
	}
}
