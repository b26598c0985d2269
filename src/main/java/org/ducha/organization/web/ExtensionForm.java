package org.ducha.organization.web;

import java.time.LocalDate;

import org.ducha.organization.ExtensionDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records an approved extension of a secondment. */
record ExtensionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newEnd, String reason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn) {

	ExtensionDraft toDraft() {
		return new ExtensionDraft(newEnd, reason, approvedOn);
	}
}
