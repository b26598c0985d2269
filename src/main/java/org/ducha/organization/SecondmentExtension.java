package org.ducha.organization;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An approved extension of a secondment (延期): the new planned end and why. */
@Entity
@Table(name = "org_secondment_extension")
public class SecondmentExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "previous_end", nullable = false)
	private LocalDate previousEnd;

	@Column(name = "new_end", nullable = false)
	private LocalDate newEnd;

	@Column(nullable = false)
	private String reason;

	@Column(name = "approved_on", nullable = false)
	private LocalDate approvedOn;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected SecondmentExtension() {
	}

	SecondmentExtension(LocalDate previousEnd, LocalDate newEnd, String reason, LocalDate approvedOn, String recordedBy,
			Instant recordedAt) {
		this.previousEnd = previousEnd;
		this.newEnd = newEnd;
		this.reason = reason;
		this.approvedOn = approvedOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public LocalDate getPreviousEnd() {
		return previousEnd;
	}

	public LocalDate getNewEnd() {
		return newEnd;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
