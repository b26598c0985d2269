package org.ducha.accountability;

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

import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.FlagReason;
import org.ducha.shared.DomainException;

/**
 * An accountability candidate (问责线索): an assignment flagged as overdue, returned twice or recurring (SPEC §6,
 * §6.1), kept until the office opens a case from it or dismisses it with a reason.
 */
@Entity
@Table(name = "accountability_candidate")
public class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assignment_id", nullable = false, length = 64)
	private String assignmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "assignment_kind", nullable = false, length = 20)
	private AssignmentKind assignmentKind;

	@Column(name = "source_id", length = 64)
	private String sourceId;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FlagReason reason;

	@Column(name = "flagged_on", nullable = false)
	private LocalDate flaggedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CandidateStatus status;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "dismissal_reason", length = 2000)
	private String dismissalReason;

	@Column(name = "resolved_by", length = 100)
	private String resolvedBy;

	@Column(name = "resolved_on")
	private LocalDate resolvedOn;

	@Version
	private long version;

	protected Candidate() {
	}

	Candidate(String assignmentId, AssignmentKind kind, String sourceId, String unitCode, FlagReason reason,
			LocalDate flaggedOn) {
		this.assignmentId = assignmentId;
		this.assignmentKind = kind;
		this.sourceId = sourceId;
		this.unitCode = unitCode;
		this.reason = reason;
		this.flaggedOn = flaggedOn;
		this.status = CandidateStatus.OPEN;
	}

	void caseOpened(Long caseId, String by, LocalDate on) {
		requireOpen("openCase");
		this.status = CandidateStatus.CASE_OPENED;
		this.caseId = caseId;
		this.resolvedBy = by;
		this.resolvedOn = on;
	}

	void dismiss(String reason, String by, LocalDate on) {
		requireOpen("dismiss");
		this.status = CandidateStatus.DISMISSED;
		this.dismissalReason = reason;
		this.resolvedBy = by;
		this.resolvedOn = on;
	}

	private void requireOpen(String action) {
		if (status != CandidateStatus.OPEN) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	public Long getId() {
		return id;
	}

	public String getAssignmentId() {
		return assignmentId;
	}

	public AssignmentKind getAssignmentKind() {
		return assignmentKind;
	}

	public String getSourceId() {
		return sourceId;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public FlagReason getReason() {
		return reason;
	}

	public LocalDate getFlaggedOn() {
		return flaggedOn;
	}

	public CandidateStatus getStatus() {
		return status;
	}

	public Long getCaseId() {
		return caseId;
	}

	public String getDismissalReason() {
		return dismissalReason;
	}

	public String getResolvedBy() {
		return resolvedBy;
	}

	public LocalDate getResolvedOn() {
		return resolvedOn;
	}
}
