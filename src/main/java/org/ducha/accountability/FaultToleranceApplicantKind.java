package org.ducha.accountability;

/** Who applied for fault tolerance. */
public enum FaultToleranceApplicantKind {
	/** 本人: the cadre the case is against. */
	CADRE,
	/** 单位: the unit principal, for the unit's party organization or a cadre of the unit. */
	UNIT,
	/** 作风办代为申请: the office, on the cadre's or unit's behalf. */
	OFFICE
}
