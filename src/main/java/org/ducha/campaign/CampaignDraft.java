package org.ducha.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user enters for a campaign. {@code unitCodes} is ignored when {@code allUnits} is true;
 * otherwise it names at least one unit of the org tree.
 */
public record CampaignDraft(String name, String description, LocalDate startDate, LocalDate endDate, boolean allUnits,
		List<String> unitCodes, String taxonomyCode) {

	public CampaignDraft {
		unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
	}
}
