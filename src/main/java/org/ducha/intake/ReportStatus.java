package org.ducha.intake;

/** Where a report stands (SPEC §5, fixed states). */
public enum ReportStatus {

	/** 已登记: registered; acceptance is decided within 15 working days of receipt. */
	RECEIVED,
	/** 已受理: accepted; a disposal is proposed, approved and carried out until a finding. */
	ACCEPTED,
	/** 已转办: outside the district's jurisdiction, sent to the receiving body (within 5 working days). */
	TRANSFERRED,
	/** 不予受理: not a discipline or work-style matter, with a reason. */
	NOT_ACCEPTED,
	/** 已合并: a repeat of an earlier report, whose outcome is this report's outcome. */
	MERGED,
	/** 已办结: concluded with a finding; the answer is due within 15 working days. */
	CONCLUDED,
	/** 已反馈: the reporter was answered; rating and one review request remain possible. */
	ANSWERED;

	/** Triage is still open. */
	public boolean isOpenForTriage() {
		return this == RECEIVED;
	}
}
