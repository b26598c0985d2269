package org.ducha.intake;

/** How a report reached the district (SPEC §5). */
public enum ReportChannel {
	/** 来信 */
	LETTER,
	/** 来访 */
	VISIT,
	/** 电话 */
	PHONE,
	/** 网络: the public form and integrations. */
	ONLINE,
	/** 意见箱/举报箱 */
	BOX,
	/** 督查发现 */
	INSPECTION,
	/** 明察暗访 */
	UNDERCOVER,
	/** 上级交办/转办 */
	REFERRAL,
	/** 媒体曝光 */
	MEDIA,
	/** 网格上报 */
	GRID,
	/** 群众评议 */
	SURVEY
}
