package org.ducha.organization;

/** Who decides accountability for a subject (干部管理权限, SPEC §2). */
public enum JurisdictionLevel {
	/** 市管: the district refers the case to the city committee/commission and records the outcome it receives. */
	CITY,
	/** 区管: the district committee/commission (its discipline unit) decides. */
	DISTRICT,
	/** 单位: the unit's party organization decides (the township for village cadres) and reports to the district. */
	UNIT
}
