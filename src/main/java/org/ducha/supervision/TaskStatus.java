package org.ducha.supervision;

/** The state of a supervised task. */
public enum TaskStatus {
	/** Issued to its units and being worked on (督办中). */
	IN_PROGRESS,
	/** Every unit's assignment is closed; the office has not rated it yet (已完成). */
	COMPLETED,
	/** The office rated the completion (已评定). */
	RATED
}
