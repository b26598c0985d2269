package org.ducha.campaign.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.campaign.Campaign;
import org.ducha.campaign.CampaignPhase;

/** A campaign in the API: {@code unitCodes} is empty when {@code allUnits} is true. */
record CampaignResponse(String id, String name, String description, LocalDate startDate, LocalDate endDate,
		boolean allUnits, List<String> unitCodes, String taxonomyCode, CampaignPhase phase) {

	static CampaignResponse of(Campaign c, CampaignPhase phase) {
		return new CampaignResponse(String.valueOf(c.getId()), c.getName(), c.getDescription(), c.getStartDate(),
				c.getEndDate(), c.isAllUnits(), c.getUnitCodes(), c.getTaxonomyCode(), phase);
	}
}
