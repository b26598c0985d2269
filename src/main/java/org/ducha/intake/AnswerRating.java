package org.ducha.intake;

/** The reporter's rating of the answer (SPEC §5). */
public enum AnswerRating {
	/** 满意 */
	SATISFIED,
	/** 基本满意 */
	BASICALLY_SATISFIED,
	/** 不满意 */
	DISSATISFIED
}
