package org.ducha.grid;

import org.ducha.assignment.AssignmentClosed;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentProgressReported;
import org.ducha.assignment.AssignmentReturned;
import org.ducha.assignment.AssignmentSigned;
import org.ducha.assignment.AssignmentSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A grid event follows its GRID_EVENT assignment: each step of the assignment moves the event's stage and timeline. */
@Component
class GridEventListeners {

	private static final String ASSIGNMENT = "assignment";

	private final GridEvents events;

	GridEventListeners(GridEvents events) {
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AssignmentSigned event) {
		if (event.kind() == AssignmentKind.GRID_EVENT) {
			events.assignmentMoved(event.sourceId(), event.assignmentId(), "SIGNED", event.unitCode());
		}
	}

	@ApplicationModuleListener
	void on(AssignmentProgressReported event) {
		if (event.kind() == AssignmentKind.GRID_EVENT) {
			events.assignmentMoved(event.sourceId(), event.assignmentId(), "PROGRESS_REPORTED", event.unitCode());
		}
	}

	@ApplicationModuleListener
	void on(AssignmentSubmitted event) {
		if (event.kind() == AssignmentKind.GRID_EVENT) {
			events.assignmentMoved(event.sourceId(), event.assignmentId(), "RESULT_SUBMITTED", event.unitCode());
		}
	}

	@ApplicationModuleListener
	void on(AssignmentReturned event) {
		if (event.kind() == AssignmentKind.GRID_EVENT) {
			events.assignmentMoved(event.sourceId(), event.assignmentId(), "RETURNED", ASSIGNMENT);
		}
	}

	@ApplicationModuleListener
	void on(AssignmentClosed event) {
		if (event.kind() == AssignmentKind.GRID_EVENT) {
			events.assignmentMoved(event.sourceId(), event.assignmentId(), "CLOSED", ASSIGNMENT);
		}
	}
}
