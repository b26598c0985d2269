package org.ducha.accountability;

/** Where a 一案双究 proposal stands; the case it belongs to cannot be decided while one is PROPOSED. */
public enum ProposalStatus {
	/** 待处理: proposed when the case opened, not yet resolved. */
	PROPOSED,
	/** 已立案: opened as a case of its own, whose basis is the original case. */
	OPENED,
	/** 不予追究: dismissed with a written reason. */
	DISMISSED
}
