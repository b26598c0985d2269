package org.ducha.bulletin;

/** The life of a monthly bulletin (SPEC §10). */
public enum BulletinStatus {
	/** 草稿: assembled from the month's records; the office edits its text and picks the typical cases. */
	DRAFT,
	/** 已审核: approved by the office director; no longer editable, waiting to be published. */
	APPROVED,
	/** 已印发: published; every unit's users read it. */
	PUBLISHED
}
