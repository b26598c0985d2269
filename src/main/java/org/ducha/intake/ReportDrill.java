package org.ducha.intake;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statistics' drill-down filters of the report list, each optional (null: any), both dates
 * inclusive and on the same columns {@link ReportStatistics} counts with: accepted (acceptance
 * decided in the range and the report accepted, not refused, transferred or merged), concluded and
 * answered in the range; {@code exactCategory} true matches the category code alone instead of the
 * category with its children (the counts by category are by the exact code).
 */
public record ReportDrill(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate acceptedTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate concludedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate concludedTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredTo, Boolean exactCategory) {

	public static final ReportDrill NONE = new ReportDrill(null, null, null, null, null, null, null);

	/** NONE for null, so a filter always carries one. */
	public static ReportDrill orNone(ReportDrill drill) {
		return drill == null ? NONE : drill;
	}

	public boolean isExactCategory() {
		return Boolean.TRUE.equals(exactCategory);
	}

	/** Whether any of the filters is given (the list page then tells that it shows a statistic's records). */
	public boolean isActive() {
		return !equals(NONE);
	}
}
