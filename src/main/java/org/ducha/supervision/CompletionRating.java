package org.ducha.supervision;

/** The office's rating of a completed task, per unit (SPEC §7); it feeds the unit ranking. */
public enum CompletionRating {
	/** 优 */
	EXCELLENT,
	/** 良 */
	GOOD,
	/** 一般 */
	FAIR,
	/** 差 */
	POOR
}
