package org.ducha.supervision;

import org.ducha.calendar.TrafficLight;

/**
 * Filters of the task list and the chart, each optional: status, a unit (lead or co-unit), the
 * responsible district leader's cadre number, the light of the final deadline, the source, a text in the title,
 * and the statistics' drill-down filters ({@code drill}, never null).
 */
public record TaskFilter(TaskStatus status, String unitCode, String leaderCadreNo, TrafficLight light,
		TaskSource source, String text, TaskDrill drill) {

	public TaskFilter {
		drill = TaskDrill.orNone(drill);
	}

	public TaskFilter(TaskStatus status, String unitCode, String leaderCadreNo, TrafficLight light, TaskSource source,
			String text) {
		this(status, unitCode, leaderCadreNo, light, source, text, TaskDrill.NONE);
	}

	public static TaskFilter none() {
		return new TaskFilter(null, null, null, null, null, null);
	}
}
