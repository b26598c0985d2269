package org.ducha.grid;

/** The office's rating of how a grid event was handled (督查问效). */
public enum GridRating {

	/** 满意: the result is accepted and the assignment closed. */
	SATISFIED,
	/** 基本满意: accepted with remarks; the assignment is closed. */
	BASICALLY_SATISFIED,
	/** 不满意: the result is returned to the department with the comment as the reason. */
	UNSATISFIED;

	public boolean accepts() {
		return this != UNSATISFIED;
	}
}
