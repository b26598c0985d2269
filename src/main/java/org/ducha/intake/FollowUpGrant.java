package org.ducha.intake;

import java.io.Serial;
import java.io.Serializable;

/**
 * Proof that a citizen gave the right query code and PIN for one report, issued only by
 * {@link PublicReportAccess#verify}; the follow-up page keeps it in the (server-side) session so the
 * PIN is asked once, not stored and not sent back in the page.
 */
public final class FollowUpGrant implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long reportId;

	FollowUpGrant(long reportId) {
		this.reportId = reportId;
	}

	long reportId() {
		return reportId;
	}
}
