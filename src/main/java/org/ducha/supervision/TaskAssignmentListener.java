package org.ducha.supervision;

import org.ducha.assignment.AssignmentClosed;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentProgressReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps each task's progress and completion in step with its units' assignments. */
@Component
class TaskAssignmentListener {

	private final SupervisedTasks tasks;

	TaskAssignmentListener(SupervisedTasks tasks) {
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(AssignmentProgressReported event) {
		if (event.kind() == AssignmentKind.TASK) {
			tasks.recordProgress(event.sourceId(), event.assignmentId(), event.unitCode(), event.percent(),
					event.metricValues(), event.reportedOn());
		}
	}

	@ApplicationModuleListener
	void on(AssignmentClosed event) {
		if (event.kind() == AssignmentKind.TASK) {
			tasks.recordClosed(event.sourceId(), event.unitCode(), event.closedOn());
		}
	}
}
