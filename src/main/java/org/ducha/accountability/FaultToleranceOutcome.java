package org.ducha.accountability;

/** The office director's decision on a fault-tolerance application (SPEC §8.4). */
public enum FaultToleranceOutcome {
	/** 免予问责: the case is EXEMPTED. */
	EXEMPT,
	/** 从轻/减轻: the mitigation is recorded on the case. */
	MITIGATE,
	/** 不予容错: nothing changes on the case. */
	REFUSE
}
