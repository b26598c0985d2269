package org.ducha.supervision;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statistics' drill-down filters of the task list, each optional (null: any), both dates
 * inclusive and on the columns {@link TaskStatistics} counts with: created (issue date), completed
 * (completion date) and due (final deadline) in the range; {@code overdue} true keeps the tasks
 * whose deadline has passed and which were not completed by it.
 */
public record TaskDrill(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo, Boolean overdue) {

	public static final TaskDrill NONE = new TaskDrill(null, null, null, null, null, null, null);

	public static TaskDrill orNone(TaskDrill drill) {
		return drill == null ? NONE : drill;
	}

	public boolean isOverdue() {
		return Boolean.TRUE.equals(overdue);
	}

	/** Whether any of the filters is given. */
	public boolean isActive() {
		return !equals(NONE);
	}
}
