package org.ducha.grid.web;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.assignment.AssignmentStatus;
import org.ducha.calendar.TrafficLight;
import org.ducha.grid.GridEvent;
import org.ducha.grid.GridEventView;
import org.ducha.grid.GridRating;
import org.ducha.grid.GridStage;

/** A grid event in the API: the event, its stage and its assignment's status, due date and light. */
record GridEventResponse(Long id, String areaUnitCode, String categoryCode, String place, String description,
		Instant reportedAt, String reporter, GridStage stage, String routedUnitCode, String assignmentId,
		AssignmentStatus assignmentStatus, LocalDate dueOn, TrafficLight light, GridRating rating,
		String ratingComment, Instant ratedAt) {

	static GridEventResponse of(GridEventView view) {
		GridEvent e = view.event();
		return new GridEventResponse(e.getId(), e.getAreaUnitCode(), e.getCategoryCode(), e.getPlace(),
				e.getDescription(), e.getReportedAt(), e.getReporterUsername(), view.stage(), e.getRoutedUnitCode(),
				e.getAssignmentId(), view.assignment() == null ? null : view.assignment().status(),
				view.assignment() == null ? null : view.assignment().dueOn(), view.light(), e.getRating(),
				e.getRatingComment(), e.getRatedAt());
	}
}
