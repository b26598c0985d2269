package org.ducha.intake.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.calendar.TrafficLight;
import org.ducha.intake.Finding;
import org.ducha.intake.Report;
import org.ducha.intake.ReportChannel;
import org.ducha.intake.ReportStatus;
import org.ducha.intake.ReporterIdentity;

/**
 * A report in a list: the fields of {@link ReportResponse} without content; {@code reporter} is always
 * the mask ({@code {"name","phone"}}) or null when anonymous — a clear identity is shown, audited,
 * only on the report itself.
 */
record ReportListItem(String id, String trackingNumber, ReportChannel channel, ReportStatus status, boolean anonymous,
		boolean named, LocalDate receivedOn, LocalDate acceptanceDueOn, List<ReportResponse.Accused> accused,
		List<String> accusedUnitCodes, String categoryCode, Long campaignId, String subject,
		ReporterIdentity reporter, ReportResponse.DisposalJson disposal, Finding finding, LocalDate dueOn,
		TrafficLight light) {

	static ReportListItem of(Report r, TrafficLight light, ReporterIdentity maskedReporter) {
		return new ReportListItem(String.valueOf(r.getId()), r.getTrackingNumber(), r.getChannel(), r.getStatus(),
				r.isAnonymous(), r.isNamed(), r.getReceivedOn(), r.getAcceptanceDueOn(),
				r.getAccused().stream().map(ReportResponse.Accused::of).toList(), r.accusedUnitCodes(),
				r.getCategoryCode(), r.getCampaignId(), r.getSubject(), r.isAnonymous() ? null : maskedReporter,
				r.currentDisposal().map(ReportResponse.DisposalJson::of).orElse(null), r.getFinding(), r.runningDue(),
				light);
	}
}
