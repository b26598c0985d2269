package org.ducha.intake;

/** Where a reveal request for a reporter's identity stands (SPEC §1). */
public enum IdentityRequestStatus {
	/** Filed with a reason, waiting for a SECURITY_ADMIN. */
	PENDING,
	/** Approved: the requester alone sees the identity for 24 hours. */
	APPROVED,
	/** Refused by a SECURITY_ADMIN. */
	REFUSED
}
