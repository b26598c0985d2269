package org.ducha.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The monthly bulletin of one month (查处通报, SPEC §10). Its content ({@link BulletinContent},
 * stored as JSON) is a snapshot taken when it was assembled, so a published bulletin never changes
 * when later records arrive. DRAFT → APPROVED → PUBLISHED; only a draft is edited, each edit
 * making a new numbered version (kept as {@link BulletinVersion}).
 */
@Entity
@Table(name = "bulletin")
public class Bulletin extends AbstractAggregateRoot<Bulletin> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "bulletin_month", nullable = false, length = 7)
	private String month;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BulletinStatus status;

	@Column(nullable = false, length = 200000)
	private String content;

	@Column(name = "content_version", nullable = false)
	private int contentVersion;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "approved_by", length = 100)
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "published_by", length = 100)
	private String publishedBy;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Version
	private long version;

	protected Bulletin() {
	}

	static Bulletin assemble(YearMonth month, String contentJson, String by, Instant at) {
		Bulletin b = new Bulletin();
		b.month = month.toString();
		b.status = BulletinStatus.DRAFT;
		b.content = contentJson;
		b.contentVersion = 1;
		b.createdBy = by;
		b.createdAt = at;
		return b;
	}

	/** Replaces the draft's content; returns the new version number. */
	int revise(String contentJson) {
		if (status != BulletinStatus.DRAFT) {
			throw DomainException.illegalTransition(status, "edit");
		}
		content = contentJson;
		return ++contentVersion;
	}

	void approve(String by, Instant at) {
		if (status != BulletinStatus.DRAFT) {
			throw DomainException.illegalTransition(status, "approve");
		}
		status = BulletinStatus.APPROVED;
		approvedBy = by;
		approvedAt = at;
		registerEvent(new BulletinApproved(String.valueOf(id), month));
	}

	void publish(String by, LocalDate on) {
		if (status != BulletinStatus.APPROVED) {
			throw DomainException.illegalTransition(status, "publish");
		}
		status = BulletinStatus.PUBLISHED;
		publishedBy = by;
		publishedOn = on;
		registerEvent(new BulletinPublished(String.valueOf(id), month, on));
	}

	public Long getId() {
		return id;
	}

	public YearMonth getMonth() {
		return YearMonth.parse(month);
	}

	public BulletinStatus getStatus() {
		return status;
	}

	String getContent() {
		return content;
	}

	public int getContentVersion() {
		return contentVersion;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}
}
