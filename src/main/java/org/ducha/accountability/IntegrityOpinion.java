package org.ducha.accountability;

/** The integrity opinion on a cadre's promotion as of a date (党风廉政意见, SPEC §8.6). */
public enum IntegrityOpinion {
	/** 无意见: no decision in effect, nothing open. */
	NO_OBJECTION,
	/** 暂缓: a report or case naming the cadre is still open. */
	DEFER,
	/** 不同意: a decision's effect period covers the date. */
	OBJECT
}
