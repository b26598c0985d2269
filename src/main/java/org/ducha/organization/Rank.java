package org.ducha.organization;

/** A cadre's rank (职级, SPEC §2), highest first. */
public enum Rank {
	/** 正处 */
	ZHENG_CHU,
	/** 副处 */
	FU_CHU,
	/** 正科 */
	ZHENG_KE,
	/** 副科 */
	FU_KE,
	/** 股级 */
	GU,
	/** 一般干部 */
	STAFF,
	/** 村(社区)干部 */
	VILLAGE
}
