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
 * An inspection finding (明察暗访, SPEC §6.1) recorded by an inspector with photos: the office turns
 * it into a problem or dismisses it with a reason. An inspector sees only their own findings.
 */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(nullable = false, length = 300)
	private String place;

	@Column(name = "observed_at", nullable = false)
	private Instant observedAt;

	@Column(nullable = false, length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FindingStatus status;

	@Column(name = "dismissal_reason", length = 2000)
	private String dismissalReason;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "problem_id")
	private Long problemId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected InspectionFinding() {
	}

	static InspectionFinding record(String recordedBy, String unitCode, String categoryCode, String place,
			Instant observedAt, String description, Instant now) {
		InspectionFinding finding = new InspectionFinding();
		finding.recordedBy = recordedBy;
		finding.unitCode = unitCode;
		finding.categoryCode = categoryCode;
		finding.place = place;
		finding.observedAt = observedAt;
		finding.description = description;
		finding.status = FindingStatus.RECORDED;
		finding.createdAt = now;
		return finding;
	}

	/** Checks that the office may still decide on it (turn into a problem or dismiss). */
	void requireUndecided(String action) {
		if (status != FindingStatus.RECORDED) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	void convertInto(Long problemId, String by, LocalDate on) {
		requireUndecided("convert");
		this.status = FindingStatus.CONVERTED;
		this.problemId = problemId;
		this.decidedBy = by;
		this.decidedOn = on;
	}

	void dismiss(String reason, String by, LocalDate on) {
		requireUndecided("dismiss");
		this.status = FindingStatus.DISMISSED;
		this.dismissalReason = reason;
		this.decidedBy = by;
		this.decidedOn = on;
	}

	public Long getId() {
		return id;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public String getPlace() {
		return place;
	}

	public Instant getObservedAt() {
		return observedAt;
	}

	public String getDescription() {
		return description;
	}

	public FindingStatus getStatus() {
		return status;
	}

	public String getDismissalReason() {
		return dismissalReason;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public Long getProblemId() {
		return problemId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
