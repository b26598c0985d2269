package org.ducha.supervision.web;

import java.time.LocalDate;
import java.util.List;

import org.ducha.calendar.TrafficLight;
import org.ducha.supervision.CompletionRating;
import org.ducha.supervision.ReportingFrequency;
import org.ducha.supervision.SupervisedTask;
import org.ducha.supervision.TaskSource;
import org.ducha.supervision.TaskStatus;

/** A task in {@code GET /api/v1/tasks}. */
record TaskListItem(String id, String title, TaskSource source, String leadUnitCode, List<String> coUnitCodes,
		String responsibleCadreNo, LocalDate issuedOn, LocalDate deadline, ReportingFrequency frequency,
		TaskStatus status, TrafficLight light, int milestones, CompletionRating rating) {

	static TaskListItem of(SupervisedTask t, TrafficLight light) {
		return new TaskListItem(String.valueOf(t.getId()), t.getTitle(), t.getSource(), t.getLeadUnitCode(),
				t.getCoUnitCodes(), t.getResponsibleCadreNo(), t.getIssuedOn(), t.getDeadline(), t.getFrequency(),
				t.getStatus(), light, t.getMilestones().size(), t.getRating());
	}
}
