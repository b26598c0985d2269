package org.ducha.rectification;

/** Where a problem stands; it follows its assignment (SPEC §6, §6.1). */
public enum ProblemStatus {
	/** 已交办: handed to the unit as an assignment, no progress reported yet. */
	OPEN,
	/** 整改中: the unit has reported progress on the assignment. */
	RECTIFYING,
	/** 已销号: the issuer accepted the result and evidence, the assignment is closed. */
	CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}
}
