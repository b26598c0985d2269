package org.ducha.assignment;

import org.ducha.calendar.TrafficLight;

/**
 * What a list of assignments is filtered by; every field optional.
 *
 * @param openOnly everything but CLOSED (the to-do list)
 */
public record AssignmentFilter(String unitCode, TrafficLight light, AssignmentStatus status, AssignmentKind kind,
		boolean openOnly) {

	public static AssignmentFilter all() {
		return new AssignmentFilter(null, null, null, null, false);
	}
}
