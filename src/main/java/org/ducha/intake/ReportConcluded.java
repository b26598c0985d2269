package org.ducha.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A report was concluded with a finding (SPEC §5 step 3), for the modules that follow it up
 * (problems, accountability cases, name clearing). Carries no content and no reporter identity.
 *
 * @param reportId the report's API id
 * @param accusedCadreNos the accused cadres matched in the roster
 * @param accusedUnitCodes the accused units matched in the org tree
 * @param named whether the reporter is named (a false accusation record needs a named reporter)
 * @param campaignId the campaign the report is filed under, or null
 */
public record ReportConcluded(String reportId, String trackingNumber, Finding finding, List<String> accusedCadreNos,
		List<String> accusedUnitCodes, boolean named, Long campaignId, String categoryCode, LocalDate concludedOn) {

	public ReportConcluded {
		accusedCadreNos = List.copyOf(accusedCadreNos);
		accusedUnitCodes = List.copyOf(accusedUnitCodes);
	}
}
