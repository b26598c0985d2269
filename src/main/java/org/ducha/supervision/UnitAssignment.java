package org.ducha.supervision;

import java.time.LocalDate;

import org.ducha.calendar.TrafficLight;

/** Where a unit's assignment stands, as the task page shows it. */
public record UnitAssignment(String id, String status, LocalDate dueOn, TrafficLight light, int overdueWorkingDays,
		int returnedCount, boolean flagged) {
}
