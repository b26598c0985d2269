package org.ducha.organization;

/** Kind of unit (SPEC §2). */
public enum UnitType {
	/** 党委: the district party committee. */
	PARTY_COMMITTEE,
	/** 政府: the district government. */
	GOVERNMENT,
	/** 纪委监委: the discipline inspection and supervision commission. */
	DISCIPLINE,
	/** 区直部门: a department directly under the district. */
	DEPARTMENT,
	/** 乡镇/街道: a township or sub-district. */
	TOWNSHIP,
	/** 村/社区: a village or residential community. */
	VILLAGE,
	/** Anything else. */
	OTHER
}
