package org.ducha.rectification.web;

import java.time.LocalDateTime;
import java.util.List;

import org.ducha.rectification.NewFinding;

/**
 * {@code POST /api/v1/inspection-findings}: unit, category, place, the local date-time in the
 * district ({@code YYYY-MM-DDTHH:MM}), description, and photos uploaded before through
 * {@code POST /api/v1/attachments}.
 */
record FindingRequest(String unitCode, String categoryCode, String place, LocalDateTime observedAt, String description,
		List<String> attachmentIds) {

	NewFinding toNewFinding() {
		return new NewFinding(unitCode, categoryCode, place, observedAt, description, attachmentIds);
	}
}
