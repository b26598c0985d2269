package org.ducha.accountability;

/** Where a fault-tolerance application stands (SPEC §8.4). */
public enum FaultToleranceStatus {
	/** 不符合容错条件: refused automatically by {@link FaultToleranceEligibility}, with the reasons. */
	INELIGIBLE,
	/** 待认定: eligible, waiting for the office director's decision. */
	PENDING,
	/** 已认定: decided by the office director (EXEMPT, MITIGATE or REFUSE) with a basis. */
	DECIDED
}
