package org.ducha.supervision.web;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/tasks/schedule}: the date of each working-day distance before the deadline. */
record ScheduleResponse(LocalDate deadline, List<Item> milestones) {

	record Item(int workingDaysBefore, LocalDate dueOn) {
	}
}
