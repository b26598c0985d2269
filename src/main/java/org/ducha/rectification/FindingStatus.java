package org.ducha.rectification;

/** Where an inspection finding (明察暗访) stands. */
public enum FindingStatus {
	/** 待处理: recorded by the inspector, waiting for the office. */
	RECORDED,
	/** 已转问题: the office turned it into a problem. */
	CONVERTED,
	/** 不予立项: the office dismissed it with a reason. */
	DISMISSED
}
