package org.ducha.grid;

import org.ducha.assignment.AssignmentView;
import org.ducha.calendar.TrafficLight;

/**
 * A grid event as read: the event and its assignment (null until routed). The stage is the assignment's,
 * read live, so it is never behind the assignment.
 */
public record GridEventView(GridEvent event, AssignmentView assignment) {

	public GridStage stage() {
		return assignment == null ? GridStage.AWAITING_ROUTING : GridStage.of(assignment.status());
	}

	public TrafficLight light() {
		return assignment == null ? null : assignment.light();
	}
}
