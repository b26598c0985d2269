package org.ducha.accountability;

/** The deciding body's answer to an appeal (申诉, SPEC §8.4). */
public enum AppealOutcome {
	/** 维持: the decision stands. */
	UPHELD,
	/** 变更: the decision's forms are replaced, with a new four form and effect period. */
	VARIED,
	/** 撤销: the decision no longer counts anywhere. */
	REVOKED
}
