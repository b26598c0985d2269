package org.ducha.intake.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.calendar.TrafficLight;
import org.ducha.intake.Finding;
import org.ducha.intake.Report;
import org.ducha.intake.ReportChannel;
import org.ducha.intake.ReportStatus;

/** A report in a list: the fields of {@link ReportResponse} without content and without the reporter. */
record ReportListItem(String id, String trackingNumber, ReportChannel channel, ReportStatus status, boolean anonymous,
		boolean named, LocalDate receivedOn, LocalDate acceptanceDueOn, List<ReportResponse.Accused> accused,
		List<String> accusedUnitCodes, String categoryCode, Long campaignId, String subject,
		ReportResponse.DisposalJson disposal, Finding finding, LocalDate dueOn, TrafficLight light) {

	static ReportListItem of(Report r, TrafficLight light) {
		return new ReportListItem(String.valueOf(r.getId()), r.getTrackingNumber(), r.getChannel(), r.getStatus(),
				r.isAnonymous(), r.isNamed(), r.getReceivedOn(), r.getAcceptanceDueOn(),
				r.getAccused().stream().map(ReportResponse.Accused::of).toList(), r.accusedUnitCodes(),
				r.getCategoryCode(), r.getCampaignId(), r.getSubject(),
				r.currentDisposal().map(ReportResponse.DisposalJson::of).orElse(null), r.getFinding(), r.runningDue(),
				light);
	}
}
