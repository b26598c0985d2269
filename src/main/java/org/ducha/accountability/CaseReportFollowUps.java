package org.ducha.accountability;

import java.util.List;

import org.ducha.intake.ReportFollowUp;
import org.ducha.intake.ReportFollowUpSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Lists on the report page (already guarded by the report's visibility) the cases opened on that report. */
@Component
class CaseReportFollowUps implements ReportFollowUpSource {

	private final AccountabilityCases cases;
	private final MessageSource messages;

	CaseReportFollowUps(AccountabilityCases cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public List<ReportFollowUp> followUpsOf(String reportId) {
		return cases.onReport(reportId).stream()
			.map(c -> new ReportFollowUp("accountability.followUp.case", "#" + c.getId() + " " + c.getSubjectName(),
					messages.getMessage("accountability.status." + c.getStatus(), null, c.getStatus().name(),
							LocaleContextHolder.getLocale()),
					"/accountability/cases/" + c.getId()))
			.toList();
	}
}
