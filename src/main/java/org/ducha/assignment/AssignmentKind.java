package org.ducha.assignment;

/** What an assignment carries to the unit (SPEC §6). */
public enum AssignmentKind {
	/** A problem to rectify (整改), SPEC §6.1. */
	PROBLEM,
	/** A unit's part of a supervised task (督办), SPEC §7. */
	TASK,
	/** A grid event routed to the responsible department (网格事项). */
	GRID_EVENT,
	/** A report referred down to a unit (转办). */
	REFERRAL
}
