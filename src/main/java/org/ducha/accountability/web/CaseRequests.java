package org.ducha.accountability.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.accountability.AppealOutcome;
import org.ducha.accountability.DecisionDraft;
import org.ducha.accountability.Form;
import org.ducha.accountability.NewCase;

/** The request bodies of the case endpoints (API.md "Accountability"). */
final class CaseRequests {

	private CaseRequests() {
	}

	record SubjectRef(String cadreNo, String unitCode) {
	}

	record BasisRefs(List<String> problemIds, List<String> reportIds, List<String> taskIds, List<String> meetingIds) {
	}

	/** {@code {"subject":{"cadreNo"}|{"unitCode"},"basis":{"problemIds","reportIds",…},"facts"}}. */
	record OpenCase(SubjectRef subject, BasisRefs basis, String facts, String candidateId) {

		NewCase toNewCase() {
			SubjectRef s = subject == null ? new SubjectRef(null, null) : subject;
			BasisRefs b = basis == null ? new BasisRefs(null, null, null, null) : basis;
			return new NewCase(s.cadreNo(), s.unitCode(), b.problemIds(), b.reportIds(), b.taskIds(), b.meetingIds(),
					facts, candidateId);
		}
	}

	record Defence(String statement, Boolean declined) {
	}

	/** {@code outcomeReceivedOn}: a CITY case only, the day the city's outcome was received (default today). */
	record Decision(List<Form> forms, LocalDate decidedOn, LocalDate deliveredOn, String documentNumber,
			String decidingBody, Integer probationMonths, LocalDate outcomeReceivedOn) {

		DecisionDraft toDraft() {
			return new DecisionDraft(forms, decidedOn, deliveredOn, documentNumber, decidingBody, probationMonths,
					outcomeReceivedOn);
		}
	}

	record Appeal(LocalDate filedOn, String reason) {
	}

	record AppealDecision(AppealOutcome outcome, List<Form> forms, Integer probationMonths) {
	}

	record Reason(String reason) {
	}

	record Handling(String handling) {
	}

	record Referral(String to, LocalDate referredOn) {
	}

	record OpenProposal(String facts) {
	}
}
