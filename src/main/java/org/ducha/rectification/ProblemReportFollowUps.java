package org.ducha.rectification;

import java.util.List;

import org.ducha.intake.ReportFollowUp;
import org.ducha.intake.ReportFollowUpSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Lists on the report page the problems worded from that report, with their unit and status. */
@Component
class ProblemReportFollowUps implements ReportFollowUpSource {

	private final Problems problems;
	private final MessageSource messages;

	ProblemReportFollowUps(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	public List<ReportFollowUp> followUpsOf(String reportId) {
		return problems.fromReport(reportId).stream()
			.map(p -> new ReportFollowUp("rectification.followUp.problem", "#" + p.getId() + " " + p.getUnitCode(),
					messages.getMessage("rectification.status." + p.getStatus(), null, p.getStatus().name(),
							LocaleContextHolder.getLocale()),
					"/problems/" + p.getId()))
			.toList();
	}
}
