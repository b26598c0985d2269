package org.ducha.rectification;

import org.ducha.assignment.AssignmentClosed;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentProgressReported;
import org.ducha.intake.ReportConcluded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the problem list follows elsewhere: a closed PROBLEM assignment closes its problem out, the
 * first progress report marks it as being rectified, and a report concluded as (partly)
 * substantiated waits on the office's problem page for a problem.
 */
@Component
class ProblemEventListeners {

	private final Problems problems;

	ProblemEventListeners(Problems problems) {
		this.problems = problems;
	}

	@ApplicationModuleListener
	void on(AssignmentClosed event) {
		if (event.kind() == AssignmentKind.PROBLEM) {
			problems.closeOut(event.assignmentId(), event.sourceId(), event.closedOn());
		}
	}

	@ApplicationModuleListener
	void on(AssignmentProgressReported event) {
		if (event.kind() == AssignmentKind.PROBLEM) {
			problems.progressReported(event.assignmentId());
		}
	}

	@ApplicationModuleListener
	void on(ReportConcluded event) {
		if (event.finding() != null && event.finding().isSubstantiated()) {
			problems.reportConcluded(new ReportLead(event.reportId(), event.trackingNumber(), event.finding().name(),
					event.accusedUnitCodes(), event.categoryCode(), event.campaignId(), event.concludedOn()));
		}
	}
}
