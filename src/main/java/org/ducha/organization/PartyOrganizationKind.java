package org.ducha.organization;

/** Kind of a unit's party organization. */
public enum PartyOrganizationKind {
	/** 党委 */
	COMMITTEE,
	/** 党组 */
	LEADING_GROUP,
	/** 党工委 */
	WORKING_COMMITTEE,
	/** 党支部 */
	BRANCH
}
