package org.ducha.intake.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.ducha.intake.NewReport;

/** {@code POST /api/v1/public/reports} (API.md "Public"). */
record PublicReportRequest(@NotNull Boolean anonymous, String pin, ReporterRequest reporter,
		List<AccusedRequest> accused, List<String> accusedUnits, String categoryCode, String subject, String content,
		LocalDate occurredOn) {

	NewReport toNewReport() {
		return new NewReport(null, null, Boolean.TRUE.equals(anonymous), pin,
				reporter == null ? null : reporter.toIdentity(),
				accused == null ? List.of() : accused.stream().map(a -> new AccusedRequest(a.name(), a.unitName(),
						a.position(), null).toNewAccused()).toList(),
				accusedUnits, categoryCode, null, subject, content, occurredOn, List.of());
	}
}
