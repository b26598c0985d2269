package org.ducha.accountability;

import java.util.ArrayList;
import java.util.List;

import org.ducha.intake.ReportFollowUp;
import org.ducha.intake.ReportFollowUpSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lists on the page of a report concluded UNSUBSTANTIATED what the office may do or did: name
 * clearings with their status, the false-accusation record, or the page to start from.
 */
@Component
class IntegrityReportFollowUps implements ReportFollowUpSource {

	private final IntegrityReportLeadRepository leads;
	private final NameClearingRepository clearings;
	private final FalseAccusationRepository accusations;
	private final MessageSource messages;

	IntegrityReportFollowUps(IntegrityReportLeadRepository leads, NameClearingRepository clearings,
			FalseAccusationRepository accusations, MessageSource messages) {
		this.leads = leads;
		this.clearings = clearings;
		this.accusations = accusations;
		this.messages = messages;
	}

	@Override
	public List<ReportFollowUp> followUpsOf(String reportId) {
		if (!leads.existsById(reportId)) {
			return List.of();
		}
		String href = "/name-clearings/reports/" + reportId;
		List<ReportFollowUp> followUps = new ArrayList<>();
		for (NameClearing c : clearings.findByReportIdOrderByIdAsc(reportId)) {
			followUps.add(new ReportFollowUp("integrity.followUp.nameClearing", c.getCadreNo(),
					text("integrity.nc.status." + c.getStatus()), href));
		}
		accusations.findByReportId(reportId).ifPresent(a -> followUps.add(new ReportFollowUp(
				"integrity.followUp.falseAccusation", a.getTrackingNumber(), text("integrity.fa.kind." + a.getAccuserKind()),
				href)));
		if (followUps.isEmpty()) {
			followUps.add(new ReportFollowUp("integrity.followUp.lead", "", text("integrity.followUp.none"), href));
		}
		return followUps;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
