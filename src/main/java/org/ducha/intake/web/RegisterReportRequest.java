package org.ducha.intake.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.ducha.intake.NewReport;
import org.ducha.intake.ReportChannel;

/** {@code POST /api/v1/reports}: the public body plus {@code channel} and {@code receivedOn} (and optionally a campaign and uploads). */
record RegisterReportRequest(@NotNull ReportChannel channel, @NotNull LocalDate receivedOn, @NotNull Boolean anonymous,
		String pin, ReporterRequest reporter, List<AccusedRequest> accused, List<String> accusedUnits,
		String categoryCode, Long campaignId, String subject, String content, LocalDate occurredOn,
		List<String> attachmentIds) {

	NewReport toNewReport() {
		return new NewReport(channel, receivedOn, Boolean.TRUE.equals(anonymous), pin,
				reporter == null ? null : reporter.toIdentity(),
				accused == null ? List.of() : accused.stream().map(AccusedRequest::toNewAccused).toList(),
				accusedUnits, categoryCode, campaignId, subject, content, occurredOn, attachmentIds);
	}
}
