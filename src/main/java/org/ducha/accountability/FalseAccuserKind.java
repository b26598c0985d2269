package org.ducha.accountability;

/** Who knowingly fabricated a report, as the officer establishes it (SPEC §8.5). */
public enum FalseAccuserKind {
	/** 本区干部: a cadre of the roster; a case is opened against him. */
	CADRE,
	/** 党员 (not on the roster): referred to his party organization, with the date and recipient. */
	PARTY_MEMBER,
	/** 其他人员: referred to the police (公安机关), with the date and recipient. */
	OTHER
}
