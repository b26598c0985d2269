package org.ducha.accountability;

/** Who a case or a form is against (SPEC §8.1, §8.3). */
public enum SubjectKind {
	/** 干部: a cadre, named by employee number. */
	CADRE,
	/** 党组织: a unit's party organization, named by the unit code. */
	PARTY_ORGANIZATION
}
