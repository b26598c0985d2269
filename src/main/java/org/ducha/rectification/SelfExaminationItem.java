package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * One item of a unit's self-examination list (自查问题清单, SPEC §6.1) for a campaign, submitted by
 * the unit principal; the office accepts it as a problem or sends it back with a reason.
 */
@Entity
@Table(name = "self_examination_item")
public class SelfExaminationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(name = "campaign_id", nullable = false)
	private Long campaignId;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(length = 4000)
	private String measures;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Severity severity;

	@Column(name = "submitted_by", nullable = false, length = 100)
	private String submittedBy;

	@Column(name = "submitted_on", nullable = false)
	private LocalDate submittedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SelfExaminationStatus status;

	@Column(name = "review_reason", length = 2000)
	private String reviewReason;

	@Column(name = "reviewed_by", length = 100)
	private String reviewedBy;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	@Column(name = "problem_id")
	private Long problemId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected SelfExaminationItem() {
	}

	static SelfExaminationItem submit(String unitCode, Long campaignId, SelfExaminationEntry entry, String by,
			LocalDate on, Instant now) {
		SelfExaminationItem item = new SelfExaminationItem();
		item.unitCode = unitCode;
		item.campaignId = campaignId;
		item.categoryCode = entry.categoryCode().strip();
		item.description = entry.description().strip();
		item.measures = entry.measures() == null || entry.measures().isBlank() ? null : entry.measures().strip();
		item.severity = entry.severity() == null ? Severity.GENERAL : entry.severity();
		item.submittedBy = by;
		item.submittedOn = on;
		item.status = SelfExaminationStatus.SUBMITTED;
		item.createdAt = now;
		return item;
	}

	void requireSubmitted(String action) {
		if (status != SelfExaminationStatus.SUBMITTED) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	void accept(Long problemId, String by, LocalDate on) {
		requireSubmitted("accept");
		status = SelfExaminationStatus.ACCEPTED;
		this.problemId = problemId;
		reviewedBy = by;
		reviewedOn = on;
	}

	void sendBack(String reason, String by, LocalDate on) {
		requireSubmitted("sendBack");
		status = SelfExaminationStatus.SENT_BACK;
		reviewReason = reason;
		reviewedBy = by;
		reviewedOn = on;
	}

	public Long getId() {
		return id;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getDescription() {
		return description;
	}

	public String getMeasures() {
		return measures;
	}

	public Severity getSeverity() {
		return severity;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public SelfExaminationStatus getStatus() {
		return status;
	}

	public String getReviewReason() {
		return reviewReason;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public Long getProblemId() {
		return problemId;
	}
}
