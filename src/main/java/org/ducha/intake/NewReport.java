package org.ducha.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as submitted by a citizen or registered by staff. For a public submission the channel
 * is ONLINE and the received date today, whatever is given. {@code reporter} is ignored when
 * {@code anonymous}; {@code pin} (6–64 characters) gives a query code; {@code attachmentIds} are
 * uploads of the same person (or public uploads) to link to the report.
 */
public record NewReport(ReportChannel channel, LocalDate receivedOn, boolean anonymous, String pin,
		ReporterIdentity reporter, List<NewAccused> accused, List<String> accusedUnits, String categoryCode,
		Long campaignId, String subject, String content, LocalDate occurredOn, List<String> attachmentIds) {

	public NewReport {
		accused = accused == null ? List.of() : List.copyOf(accused);
		accusedUnits = accusedUnits == null ? List.of() : accusedUnits.stream().filter(u -> u != null && !u.isBlank()).toList();
		attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
	}
}
