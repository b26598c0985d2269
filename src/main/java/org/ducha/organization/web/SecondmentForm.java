package org.ducha.organization.web;

import java.time.LocalDate;

import org.ducha.organization.SecondmentDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a secondment; an empty home unit means the cadre's own unit. */
record SecondmentForm(String cadreNo, String fromUnitCode, String toUnitCode, String purpose,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd) {

	static SecondmentForm empty(String cadreNo, LocalDate today) {
		return new SecondmentForm(cadreNo, null, null, null, today, null);
	}

	SecondmentDraft toDraft() {
		return new SecondmentDraft(cadreNo, fromUnitCode, toUnitCode, purpose, startDate, plannedEnd);
	}
}
