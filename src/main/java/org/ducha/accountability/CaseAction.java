package org.ducha.accountability;

import java.time.LocalDate;

import org.ducha.organization.JurisdictionLevel;

/** What can be done on a case; {@link AccountabilityCases#actionsOn} tells the page which the user may do now. */
public enum CaseAction {
	/** Start the investigation (OPENED → INVESTIGATING). */
	INVESTIGATE,
	/** Propose the handling (INVESTIGATING → PROPOSED). */
	PROPOSE,
	/** Record the subject's defence or refusal. */
	RECORD_DEFENCE,
	/** Open or dismiss the 一案双究 proposals. */
	RESOLVE_PROPOSALS,
	/** Record the referral of a CITY case. */
	REFER,
	/**
	 * Take the decision (OPENED, INVESTIGATING or PROPOSED → DECIDED; a CITY case once referred, its outcome
	 * received). The proposals and the defence are checked by the aggregate, with the codes of API.md.
	 */
	DECIDE,
	/** 不予问责. */
	NOT_PURSUE,
	/** Archive (DECIDED → CLOSED). */
	CLOSE,
	/** Record the subject's appeal. */
	APPEAL,
	/** Answer the appeal. */
	DECIDE_APPEAL,
	/** Take over a UNIT case whose deadline passed. */
	TAKE_OVER;

	boolean possibleOn(AccountabilityCase c, LocalDate today) {
		CaseStatus s = c.getStatus();
		return switch (this) {
			case INVESTIGATE -> s == CaseStatus.OPENED;
			case PROPOSE -> s == CaseStatus.INVESTIGATING;
			case RECORD_DEFENCE, NOT_PURSUE -> s.isUndecided();
			case RESOLVE_PROPOSALS -> c.getProposals().stream().anyMatch(p -> p.getStatus() == ProposalStatus.PROPOSED);
			case REFER -> c.getJurisdictionLevel() == JurisdictionLevel.CITY && s == CaseStatus.PROPOSED
					&& c.getReferredOn() == null;
			case DECIDE -> s.isUndecided()
					&& (c.getJurisdictionLevel() != JurisdictionLevel.CITY || c.getReferredOn() != null);
			case CLOSE -> s == CaseStatus.DECIDED;
			case APPEAL -> s.hasDecision() && c.getAppealFiledOn() == null && !c.isRevoked()
					&& !today.isAfter(c.appealDeadline());
			case DECIDE_APPEAL -> c.getAppealFiledOn() != null && c.getAppealOutcome() == null;
			case TAKE_OVER -> c.isUnitReportOverdue(today);
		};
	}
}
