package org.ducha.bulletin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One kept version of a bulletin's content: who saved it, when, by which change. */
@Entity
@Table(name = "bulletin_version")
public class BulletinVersion {

	/** What made a version. */
	public enum Change {
		/** 生成: assembled from the month's records. */
		ASSEMBLED,
		/** 修改文字: the office edited the text sections. */
		TEXT_EDITED,
		/** 选择典型案例: the office picked the typical cases. */
		CASES_CHOSEN,
		/** 重新统计: the figures were assembled again from the records. */
		REFRESHED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "bulletin_id", nullable = false)
	private Long bulletinId;

	@Column(name = "version_no", nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false, length = 20)
	private Change change;

	@Column(name = "saved_by", nullable = false, length = 100)
	private String savedBy;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(nullable = false, length = 200000)
	private String content;

	protected BulletinVersion() {
	}

	BulletinVersion(Long bulletinId, int number, Change change, String savedBy, Instant savedAt, String content) {
		this.bulletinId = bulletinId;
		this.number = number;
		this.change = change;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
		this.content = content;
	}

	public int getNumber() {
		return number;
	}

	public Change getChange() {
		return change;
	}

	public String getSavedBy() {
		return savedBy;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

	String getContent() {
		return content;
	}
}
