package org.ducha.rectification;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statistics' drill-down filters of the problem list, each optional (null: any), both dates
 * inclusive and on the columns {@link ProblemStatistics} counts with: found ({@code found_on}) and
 * closed out ({@code closed_on}) in the range. {@code withSubcategories} true makes the category
 * filter match the category and its children, as the 八项规定 table counts a first-level category
 * (otherwise the category code alone, as the counts by category do).
 */
public record ProblemDrill(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedTo, Boolean withSubcategories) {

	public static final ProblemDrill NONE = new ProblemDrill(null, null, null, null, null);

	public static ProblemDrill orNone(ProblemDrill drill) {
		return drill == null ? NONE : drill;
	}

	public boolean isWithSubcategories() {
		return Boolean.TRUE.equals(withSubcategories);
	}

	/** Whether any of the filters is given. */
	public boolean isActive() {
		return !equals(NONE);
	}
}
