package org.ducha.accountability;

/** How a falsely accused cadre's name is cleared (澄清正名方式, SPEC §8.5). */
public enum NameClearingMethod {
	/** 谈话或函告: a talk or letter to the cadre and the unit's party secretary. */
	TALK_OR_LETTER,
	/** 会议通报: a briefing to the unit's party organization. */
	BRIEFING,
	/** 公开澄清: an announcement within a stated scope. */
	ANNOUNCEMENT
}
