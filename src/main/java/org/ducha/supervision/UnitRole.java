package org.ducha.supervision;

/** A unit's part in a task. */
public enum UnitRole {
	/** 牵头单位 */
	LEAD,
	/** 配合单位 */
	CO
}
