package org.ducha.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ducha.supervision.CompletionRating;
import org.ducha.supervision.NewMilestone;
import org.ducha.supervision.NewTarget;
import org.ducha.supervision.NewTask;
import org.ducha.supervision.ReportingFrequency;
import org.ducha.supervision.TaskSource;

/** Request bodies of the task API. */
final class TaskRequests {

	private TaskRequests() {
	}

	record Target(String metric, String measureUnit, BigDecimal targetValue) {
	}

	record MilestoneItem(String name, Integer workingDaysBefore) {
	}

	/** {@code POST /api/v1/tasks}. */
	record Create(String title, String description, TaskSource source, String sourceName, String itemNumber,
			Long campaignId, String leadUnitCode, List<String> coUnitCodes, String responsibleCadreNo,
			LocalDate deadline, ReportingFrequency frequency, List<Target> targets, List<MilestoneItem> milestones,
			LocalDate issuedOn) {

		NewTask toNewTask() {
			return new NewTask(title, description, source, sourceName, itemNumber, campaignId, leadUnitCode,
					coUnitCodes, responsibleCadreNo, deadline, frequency,
					targets == null ? List.of()
							: targets.stream().filter(t -> t != null)
								.map(t -> new NewTarget(t.metric(), t.measureUnit(), t.targetValue())).toList(),
					milestones == null ? List.of()
							: milestones.stream().filter(m -> m != null)
								.map(m -> new NewMilestone(m.name(), m.workingDaysBefore())).toList(),
					issuedOn);
		}
	}

	/** {@code PUT/PATCH /api/v1/tasks/{id}/milestones/{milestoneId}}: a new date and/or the done date. */
	record MilestoneChange(LocalDate dueOn, LocalDate doneOn, Boolean done) {
	}

	/** {@code POST /api/v1/tasks/{id}/rating}. */
	record Rating(CompletionRating rating, Map<String, CompletionRating> unitRatings, String comment) {
	}
}
