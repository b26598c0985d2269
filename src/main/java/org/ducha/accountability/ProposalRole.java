package org.ducha.accountability;

/** The leadership responsibility (领导责任) a 一案双究 proposal pursues (SPEC §8.2). */
public enum ProposalRole {
	/** 分管领导: the cadre's supervising leader (for a unit's principal, the unit's supervising district leader). */
	SUPERVISING_LEADER,
	/** 主要领导: the unit's principal. */
	PRINCIPAL,
	/** The unit's party organization (党组织). */
	PARTY_ORGANIZATION
}
