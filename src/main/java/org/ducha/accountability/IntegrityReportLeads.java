package org.ducha.accountability;

import org.ducha.intake.Finding;
import org.ducha.intake.ReportConcluded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each report concluded UNSUBSTANTIATED as a lead for name clearing and false accusation; a
 * later conclusion of the same report (after a review) with another finding removes it.
 */
@Component
class IntegrityReportLeads {

	private final IntegrityReportLeadRepository leads;

	IntegrityReportLeads(IntegrityReportLeadRepository leads) {
		this.leads = leads;
	}

	@ApplicationModuleListener
	void on(ReportConcluded event) {
		if (event.finding() != Finding.UNSUBSTANTIATED) {
			// a review (复查) may conclude the report again with another finding
			leads.deleteById(event.reportId());
			return;
		}
		leads.save(new IntegrityReportLead(event.reportId(), event.trackingNumber(), event.named(),
				event.accusedCadreNos(), event.concludedOn()));
	}
}
