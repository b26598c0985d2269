package org.ducha.organization;

import java.time.LocalDate;

/** An approved extension of a secondment: the new planned end, the reason, the approval date. */
public record ExtensionDraft(LocalDate newEnd, String reason, LocalDate approvedOn) {

	public ExtensionDraft {
		reason = UnitDraft.trimToNull(reason);
	}
}
