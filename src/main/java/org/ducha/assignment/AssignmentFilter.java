package org.ducha.assignment;

import org.ducha.calendar.TrafficLight;

/**
 * What a list of assignments is filtered by; every field optional.
 *
 * @param openOnly everything but CLOSED (the to-do list)
 * @param drill the statistics' drill-down filters (never null)
 */
public record AssignmentFilter(String unitCode, TrafficLight light, AssignmentStatus status, AssignmentKind kind,
		boolean openOnly, AssignmentDrill drill) {

	public AssignmentFilter {
		drill = AssignmentDrill.orNone(drill);
	}

	public AssignmentFilter(String unitCode, TrafficLight light, AssignmentStatus status, AssignmentKind kind,
			boolean openOnly) {
		this(unitCode, light, status, kind, openOnly, AssignmentDrill.NONE);
	}

	public static AssignmentFilter all() {
		return new AssignmentFilter(null, null, null, null, false);
	}
}
