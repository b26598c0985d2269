package org.ducha.accountability;

import java.time.LocalDate;

/** A 一案双究 proposal as the API and pages show it; {@code caseId} is the case it was opened as, if any. */
public record ProposalView(String id, ProposalRole role, CaseSubject subject, ProposalStatus status, String caseId,
		String dismissalReason, String resolvedBy, LocalDate resolvedOn) {

	static ProposalView of(Proposal p) {
		return new ProposalView(String.valueOf(p.getId()), p.getRole(),
				new CaseSubject(p.getSubjectKind(), p.getSubjectCadreNo(), p.getSubjectUnitCode(), p.getSubjectName(),
						null, null, false),
				p.getStatus(), p.getLinkedCaseId() == null ? null : String.valueOf(p.getLinkedCaseId()),
				p.getDismissalReason(), p.getResolvedBy(), p.getResolvedOn());
	}
}
