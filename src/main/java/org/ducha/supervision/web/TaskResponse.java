package org.ducha.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ducha.calendar.TrafficLight;
import org.ducha.supervision.CompletionRating;
import org.ducha.supervision.Milestone;
import org.ducha.supervision.ReportingFrequency;
import org.ducha.supervision.SupervisedTask;
import org.ducha.supervision.TaskDetails;
import org.ducha.supervision.TaskSource;
import org.ducha.supervision.TaskStatus;
import org.ducha.supervision.UnitAssignment;
import org.ducha.supervision.UnitRole;

/** A task as {@code GET /api/v1/tasks/{id}} answers it. */
record TaskResponse(String id, String title, String description, TaskSource source, String sourceName,
		String itemNumber, Long campaignId, String leadUnitCode, List<String> coUnitCodes, String responsibleCadreNo,
		LocalDate issuedOn, LocalDate deadline, ReportingFrequency frequency, TaskStatus status, TrafficLight light,
		LocalDate completedOn, CompletionRating rating, String ratingComment, LocalDate ratedOn, List<TargetItem> targets,
		List<MilestoneItem> milestones, List<UnitItem> units, int lateReportCount, List<LocalDate> nextReportingDates) {

	record TargetItem(String metric, String measureUnit, BigDecimal targetValue, BigDecimal value, int percentOfTarget) {
	}

	record MilestoneItem(String id, String name, int workingDaysBefore, LocalDate dueOn, boolean overridden,
			LocalDate doneOn, TrafficLight light) {

		static MilestoneItem of(Milestone m, TrafficLight light) {
			return new MilestoneItem(String.valueOf(m.getId()), m.getName(), m.getWorkingDaysBefore(), m.getDueOn(),
					m.isOverridden(), m.getDoneOn(), light);
		}
	}

	record AssignmentItem(String id, String status, LocalDate dueOn, TrafficLight light, int overdueWorkingDays,
			int returnedCount, boolean flaggedForAccountability) {

		static AssignmentItem of(UnitAssignment a) {
			return a == null ? null : new AssignmentItem(a.id(), a.status(), a.dueOn(), a.light(),
					a.overdueWorkingDays(), a.returnedCount(), a.flagged());
		}
	}

	record UnitItem(String unitCode, UnitRole role, AssignmentItem assignment, int percent, LocalDate lastReportedOn,
			LocalDate closedOn, CompletionRating rating, Map<String, BigDecimal> metricValues,
			List<LocalDate> lateReports) {
	}

	static TaskResponse of(TaskDetails d) {
		SupervisedTask t = d.task();
		return new TaskResponse(String.valueOf(t.getId()), t.getTitle(), t.getDescription(), t.getSource(),
				t.getSourceName(), t.getItemNumber(), t.getCampaignId(), t.getLeadUnitCode(), t.getCoUnitCodes(),
				t.getResponsibleCadreNo(), t.getIssuedOn(), t.getDeadline(), t.getFrequency(), t.getStatus(), d.light(),
				t.getCompletedOn(), t.getRating(), t.getRatingComment(), t.getRatedOn(),
				d.targets().stream().map(s -> new TargetItem(s.target().getMetric(), s.target().getMeasureUnit(),
						s.target().getTargetValue(), s.value(), s.percentOfTarget())).toList(),
				d.milestones().stream().map(m -> MilestoneItem.of(m.milestone(), m.light())).toList(),
				d.units().stream().map(p -> new UnitItem(p.unit().getUnitCode(), p.unit().getRole(),
						AssignmentItem.of(p.assignment()), p.unit().getPercent(), p.unit().getLastReportedOn(),
						p.unit().getClosedOn(), p.unit().getRating(), p.metricValues(), p.missedReports())).toList(),
				d.lateReportCount(), d.nextReportingDates());
	}
}
