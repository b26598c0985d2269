package org.ducha.rectification;

/** Where a problem was found (SPEC §6.1). */
public enum ProblemSource {
	/** 信访举报: a concluded report (the unit never sees the report). */
	REPORT,
	/** 督查/明察暗访: an inspection finding. */
	INSPECTION,
	/** 自查自纠: the unit's own self-examination list. */
	SELF_EXAMINATION,
	/** 群众评议 */
	SURVEY,
	/** 巡察/审计 */
	PATROL,
	/** 媒体曝光 */
	MEDIA,
	/** 会议考勤 */
	ATTENDANCE,
	/** 借调 */
	SECONDMENT,
	/** 其他 */
	OTHER
}
