package org.ducha.intake;

/** Where a disposal proposal stands. */
public enum DisposalStatus {
	/** Proposed by an officer, waiting for the office director. */
	PROPOSED,
	/** Approved by the office director; its clock runs. */
	APPROVED,
	/** Refused by the office director, with a reason; a new proposal is needed. */
	REFUSED,
	/** Its round ended: the report was concluded and later reopened by a review. */
	SUPERSEDED
}
