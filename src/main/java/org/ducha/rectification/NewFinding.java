package org.ducha.rectification;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an inspector records on the spot (明察暗访): the unit, category, place, the local date and
 * time in the district, what was seen, and the photos already uploaded (attachment ids).
 */
public record NewFinding(String unitCode, String categoryCode, String place, LocalDateTime observedAt,
		String description, List<String> attachmentIds) {

	public NewFinding {
		attachmentIds = attachmentIds == null ? List.of() : attachmentIds.stream().filter(a -> a != null && !a.isBlank()).toList();
	}
}
