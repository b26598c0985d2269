package org.ducha.accountability.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.ducha.accountability.AppealOutcome;
import org.ducha.accountability.BasisKind;
import org.ducha.accountability.CaseStatus;
import org.ducha.accountability.CaseSubject;
import org.ducha.accountability.CaseView;
import org.ducha.accountability.DecisionRecord;
import org.ducha.accountability.Form;
import org.ducha.accountability.ProposalRole;
import org.ducha.accountability.ProposalStatus;
import org.ducha.accountability.ProposalView;
import org.ducha.accountability.SubjectKind;
import org.ducha.organization.JurisdictionLevel;

/**
 * A case as API.md writes it: {@code id, status, subject, jurisdiction {level, decidingUnitCode}, linkedProposals
 * [{id, role, subject, status, caseId}]} and, once decided, {@code fourForm, effectUntil}; plus the rest of the
 * case. A subject is API.md's {@code {"cadreNo"}|{"unitCode"}} exactly — the key tells a cadre from a party
 * organization —; what the case knows of it besides (kind, name, unit, position) is {@code subjectDetails}.
 * {@code basis.reportIds} is empty for callers who may not see reports.
 */
record CaseResponse(String id, CaseStatus status, Subject subject, SubjectDetails subjectDetails,
		JurisdictionJson jurisdiction,
		List<LinkedProposal> linkedProposals, String facts, Basis basis, LocalDate openedOn, LocalDate unitReportDueOn,
		boolean unitReportOverdue, TakeOver takenOver, Referral referral, Defence defence, List<Form> forms,
		List<Form> decidedForms, Integer fourForm, LocalDate effectUntil, boolean permanent, LocalDate decidedOn,
		LocalDate deliveredOn, String documentNumber, String decidingBody, Integer probationMonths, boolean revoked,
		LocalDate revokedOn, Appeal appeal, String proposedHandling, String mitigationBasis, String statusReason,
		String originCaseId, LocalDate closedOn) {

	/** {@code {"cadreNo"}} for a cadre, {@code {"unitCode"}} for a unit's party organization. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Subject(String cadreNo, String unitCode) {

		static Subject of(CaseSubject s) {
			return s.kind() == SubjectKind.CADRE ? new Subject(s.cadreNo(), null) : new Subject(null, s.unitCode());
		}
	}

	/** The subject as read at opening: a cadre's unit and position, or the party organization's name. */
	record SubjectDetails(SubjectKind kind, String name, String unitCode, String position) {

		static SubjectDetails of(CaseSubject s) {
			return new SubjectDetails(s.kind(), s.name(), s.unitCode(), s.position());
		}
	}

	record JurisdictionJson(JurisdictionLevel level, String decidingUnitCode) {
	}

	record LinkedProposal(String id, ProposalRole role, Subject subject, String subjectName, ProposalStatus status,
			String caseId, String dismissalReason) {

		static LinkedProposal of(ProposalView p) {
			return new LinkedProposal(p.id(), p.role(), Subject.of(p.subject()), p.subject().name(), p.status(),
					p.caseId(), p.dismissalReason());
		}
	}

	record Basis(List<String> problemIds, List<String> reportIds, List<String> taskIds, List<String> meetingIds,
			List<String> assignmentIds, List<String> caseIds) {
	}

	record TakeOver(String fromUnitCode, LocalDate on, String problemId) {
	}

	/** A CITY case: its referral to the city and, once decided, the day the city's outcome was received. */
	record Referral(LocalDate referredOn, String to, LocalDate outcomeReceivedOn) {
	}

	record Defence(String statement, boolean declined, LocalDate recordedOn) {
	}

	record Appeal(LocalDate filedOn, String reason, LocalDate dueOn, AppealOutcome outcome, LocalDate decidedOn) {
	}

	static CaseResponse of(CaseView v) {
		DecisionRecord d = v.decision();
		return new CaseResponse(v.id(), v.status(), Subject.of(v.subject()), SubjectDetails.of(v.subject()),
				new JurisdictionJson(v.jurisdiction(), v.decidingUnitCode()),
				v.proposals().stream().map(LinkedProposal::of).toList(), v.facts(),
				new Basis(v.basisIds(BasisKind.PROBLEM), v.basisIds(BasisKind.REPORT), v.basisIds(BasisKind.TASK),
						v.basisIds(BasisKind.MEETING), v.basisIds(BasisKind.ASSIGNMENT), v.basisIds(BasisKind.CASE)),
				v.openedOn(), v.unitReportDueOn(), v.unitReportOverdue(),
				v.takenOverFrom() == null ? null : new TakeOver(v.takenOverFrom(), v.takenOverOn(), v.delayProblemId()),
				v.referredOn() == null ? null : new Referral(v.referredOn(), v.referredTo(), v.outcomeReceivedOn()),
				v.defence() == null ? null
						: new Defence(v.defence().statement(), v.defence().declined(), v.defence().recordedOn()),
				d == null ? List.of() : d.forms(), d == null ? List.of() : d.decidedForms(), d == null ? null : d.fourForm(),
				d == null ? null : d.effectUntil(), d != null && d.permanent(), d == null ? null : d.decidedOn(),
				d == null ? null : d.deliveredOn(), d == null ? null : d.documentNumber(),
				d == null ? null : d.decidingBody(), d == null ? null : d.probationMonths(), d != null && d.revoked(),
				d == null ? null : d.revokedOn(),
				v.appeal() == null ? null : new Appeal(v.appeal().filedOn(), v.appeal().reason(), v.appeal().dueOn(),
						v.appeal().outcome(), v.appeal().decidedOn()),
				v.proposedHandling(), v.mitigationBasis(), v.statusReason(), v.originCaseId(), v.closedOn());
	}
}
