package org.ducha.accountability;

/** What a case arises from (SPEC §8.1), each named by the id of its own module. */
public enum BasisKind {
	/** A problem of the problem list (rectification). */
	PROBLEM,
	/** A report (intake); never shown to unit users. */
	REPORT,
	/** A supervised task (supervision). */
	TASK,
	/** A meeting (attendance). */
	MEETING,
	/** An assignment flagged as a candidate for accountability. */
	ASSIGNMENT,
	/** An earlier case: the original case of a 一案双究 proposal. */
	CASE
}
