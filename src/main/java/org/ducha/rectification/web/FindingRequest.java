package org.ducha.rectification.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.ducha.rectification.NewFinding;

/**
 * {@code POST /api/v1/inspection-findings}: unit, category, place, the instant observed as ISO-8601 with
 * offset (API.md conventions, {@code 2026-09-18T09:30:00+08:00}; a value without offset is a field error of
 * {@code observedAt}), description, and photos uploaded before through {@code POST /api/v1/attachments}.
 */
record FindingRequest(String unitCode, String categoryCode, String place, OffsetDateTime observedAt, String description,
		List<String> attachmentIds) {

	/** The finding with the instant as the district's local time (as the page's form states it). */
	NewFinding toNewFinding(ZoneId district) {
		return new NewFinding(unitCode, categoryCode, place,
				observedAt == null ? null : observedAt.atZoneSameInstant(district).toLocalDateTime(), description,
				attachmentIds);
	}
}
