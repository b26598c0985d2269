package org.ducha.intake.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.ducha.calendar.TrafficLight;
import org.ducha.intake.AccusedPerson;
import org.ducha.intake.Disposal;
import org.ducha.intake.DisposalMethod;
import org.ducha.intake.DisposalStatus;
import org.ducha.intake.Finding;
import org.ducha.intake.Report;
import org.ducha.intake.ReportChannel;
import org.ducha.intake.ReportDetails;
import org.ducha.intake.ReportStatus;
import org.ducha.intake.ReporterIdentity;

/**
 * A report in the API (API.md "Reports (staff)"). {@code reporter} is clear only for the registering
 * intake officer or an approved reveal, masked otherwise, null when anonymous. {@code light} is the
 * light of the clock that runs now (acceptance while RECEIVED, the acceptance notice and the approved
 * disposal while ACCEPTED, the answer of a named reporter while CONCLUDED), null when none runs.
 * {@code queryCode} appears once, in the registration response, when a PIN was given.
 */
record ReportResponse(String id, String trackingNumber, ReportChannel channel, ReportStatus status,
		boolean anonymous, boolean named, LocalDate receivedOn, LocalDate acceptanceDueOn, LocalDate transferDueOn,
		List<Accused> accused, List<String> accusedUnitCodes, String categoryCode, Long campaignId, String subject,
		String content, ReporterIdentity reporter, DisposalJson disposal, Finding finding, LocalDate concludedOn,
		LocalDate answerDueOn, LocalDate answeredOn, LocalDate dueOn, TrafficLight light,
		@JsonInclude(JsonInclude.Include.NON_NULL) String queryCode) {

	record Accused(String name, String cadreNo, String unitCode) {

		static Accused of(AccusedPerson a) {
			return new Accused(a.getName(), a.getCadreNo(), a.getUnitCode());
		}
	}

	record DisposalJson(DisposalMethod method, DisposalStatus status, String handlerUsername, LocalDate dueOn) {

		static DisposalJson of(Disposal d) {
			return new DisposalJson(d.getMethod(), d.getStatus(), d.getHandlerUsername(), d.getDueOn());
		}
	}

	static ReportResponse of(ReportDetails details, String queryCode) {
		return of(details.report(), details.light(), details.reporter(), true, queryCode);
	}

	static ReportResponse of(Report r, TrafficLight light, ReporterIdentity reporter, boolean withContent,
			String queryCode) {
		return new ReportResponse(String.valueOf(r.getId()), r.getTrackingNumber(), r.getChannel(), r.getStatus(),
				r.isAnonymous(), r.isNamed(), r.getReceivedOn(), r.getAcceptanceDueOn(), r.getTransferDueOn(),
				r.getAccused().stream().map(Accused::of).toList(), r.accusedUnitCodes(), r.getCategoryCode(),
				r.getCampaignId(), r.getSubject(), withContent ? r.getContent() : null, reporter,
				r.currentDisposal().map(DisposalJson::of).orElse(null), r.getFinding(), r.getConcludedOn(),
				r.getAnswerDueOn(), r.getAnsweredOn(), r.runningDue(), light, queryCode);
	}
}
