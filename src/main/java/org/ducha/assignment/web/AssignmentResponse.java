package org.ducha.assignment.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.assignment.AssignmentDetails;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentStatus;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.ExtensionRequest;
import org.ducha.assignment.ExtensionStatus;
import org.ducha.calendar.TrafficLight;

/**
 * API.md's Assignment JSON for one assignment: the list fields plus its due-date history (the
 * original and every approved date), its extension requests and the late-signing mark.
 */
record AssignmentResponse(String id, AssignmentKind kind, String sourceId, String unitCode, AssignmentStatus status,
		LocalDate issuedOn, LocalDate dueOn, TrafficLight light, int overdueWorkingDays, int returnedCount,
		boolean flaggedForAccountability, LocalDate originalDueOn, List<LocalDate> dueDates, LocalDate signedOn,
		boolean signedLate, int percent, LocalDate closedOn, List<Extension> extensionRequests) {

	record Extension(long id, LocalDate requestedOn, LocalDate previousDueOn, LocalDate newDueOn, String reason,
			ExtensionStatus status, LocalDate decidedOn) {

		static Extension of(ExtensionRequest e) {
			return new Extension(e.getId(), e.getRequestedOn(), e.getPreviousDueOn(), e.getNewDueOn(), e.getReason(),
					e.getStatus(), e.getDecidedOn());
		}
	}

	static AssignmentResponse of(AssignmentDetails d) {
		AssignmentView v = d.view();
		return new AssignmentResponse(v.id(), v.kind(), v.sourceId(), v.unitCode(), v.status(), v.issuedOn(), v.dueOn(),
				v.light(), v.overdueWorkingDays(), v.returnedCount(), v.flaggedForAccountability(), v.originalDueOn(),
				d.assignment().dueDateHistory(), v.signedOn(), v.signedLate(), v.percent(), v.closedOn(),
				d.assignment().getExtensions().stream().map(Extension::of).toList());
	}
}
