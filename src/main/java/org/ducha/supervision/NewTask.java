package org.ducha.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervised task as the office creates it. {@code issuedOn} null means today.
 *
 * @param sourceName the meeting's name (DECISION), the instructing leader or instruction (INSTRUCTION), the project (KEY_PROJECT)
 * @param itemNumber the decision's item number (DECISION)
 * @param campaignId the campaign (CAMPAIGN)
 */
public record NewTask(String title, String description, TaskSource source, String sourceName, String itemNumber,
		Long campaignId, String leadUnitCode, List<String> coUnitCodes, String responsibleCadreNo, LocalDate deadline,
		ReportingFrequency frequency, List<NewTarget> targets, List<NewMilestone> milestones, LocalDate issuedOn) {

	public NewTask {
		coUnitCodes = coUnitCodes == null ? List.of() : List.copyOf(coUnitCodes.stream().filter(c -> c != null && !c.isBlank()).toList());
		targets = targets == null ? List.of() : targets.stream().filter(java.util.Objects::nonNull).toList();
		milestones = milestones == null ? List.of() : milestones.stream().filter(java.util.Objects::nonNull).toList();
	}
}
