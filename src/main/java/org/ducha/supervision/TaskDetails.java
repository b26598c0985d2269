package org.ducha.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ducha.calendar.TrafficLight;

/**
 * A task as its page and the API show it, as of today: the light of the final deadline (null once
 * completed), each unit with its assignment, percent, latest metric values and missed reporting
 * dates, each milestone with its light (null once done), and every progress report.
 */
public record TaskDetails(SupervisedTask task, TrafficLight light, List<UnitPart> units,
		List<MilestoneState> milestones, List<TargetState> targets, List<TaskProgress> progress,
		List<LocalDate> nextReportingDates) {

	/** A unit's part: its assignment (empty if not found), its latest metric values, its missed reporting dates. */
	public record UnitPart(TaskUnit unit, UnitAssignment assignment, Map<String, BigDecimal> metricValues,
			List<LocalDate> missedReports) {
	}

	public record MilestoneState(Milestone milestone, TrafficLight light) {
	}

	/** A target with the sum of the units' latest values for it. */
	public record TargetState(QuantitativeTarget target, BigDecimal value, int percentOfTarget) {
	}

	public int lateReportCount() {
		return units.stream().mapToInt(u -> u.missedReports().size()).sum();
	}
}
