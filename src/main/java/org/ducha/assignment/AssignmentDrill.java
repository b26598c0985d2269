package org.ducha.assignment;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statistics' drill-down filters of the assignment list, each optional (null: any): the
 * (current) due date between {@code dueFrom} and {@code dueTo} inclusive, and {@code late} true for
 * the assignments {@link AssignmentStatistics#deadlinesByUnit} counts as overdue — due before today
 * and not closed by the due date (open, or closed after it).
 */
public record AssignmentDrill(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo, Boolean late) {

	public static final AssignmentDrill NONE = new AssignmentDrill(null, null, null);

	public static AssignmentDrill orNone(AssignmentDrill drill) {
		return drill == null ? NONE : drill;
	}

	public boolean isLate() {
		return Boolean.TRUE.equals(late);
	}

	/** Whether any of the filters is given. */
	public boolean isActive() {
		return !equals(NONE);
	}
}
