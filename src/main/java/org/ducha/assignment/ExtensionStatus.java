package org.ducha.assignment;

/** Where an extension request (延期申请) stands. */
public enum ExtensionStatus {
	/** Asked by the unit, waiting for the issuer's decision. */
	PENDING,
	/** Approved: the assignment's due date became the new date. */
	APPROVED,
	/** Refused: the due date stays. */
	REFUSED
}
