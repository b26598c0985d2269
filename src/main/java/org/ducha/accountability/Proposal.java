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

import org.ducha.shared.DomainException;

/** A 一案双究 proposal (SPEC §8.2) of a case: resolved by opening it as a case, or dismissed with a reason. */
@Entity
@Table(name = "accountability_proposal")
public class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ProposalRole role;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 20)
	private SubjectKind subjectKind;

	@Column(name = "subject_cadre_no", length = 40)
	private String subjectCadreNo;

	@Column(name = "subject_unit_code", nullable = false, length = 40)
	private String subjectUnitCode;

	@Column(name = "subject_name", nullable = false, length = 200)
	private String subjectName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProposalStatus status;

	@Column(name = "linked_case_id")
	private Long linkedCaseId;

	@Column(name = "dismissal_reason", length = 2000)
	private String dismissalReason;

	@Column(name = "resolved_by", length = 100)
	private String resolvedBy;

	@Column(name = "resolved_on")
	private LocalDate resolvedOn;

	protected Proposal() {
	}

	Proposal(ProposalRole role, SubjectKind subjectKind, String subjectCadreNo, String subjectUnitCode,
			String subjectName) {
		this.role = role;
		this.subjectKind = subjectKind;
		this.subjectCadreNo = subjectCadreNo;
		this.subjectUnitCode = subjectUnitCode;
		this.subjectName = subjectName;
		this.status = ProposalStatus.PROPOSED;
	}

	void openedAs(Long caseId, String by, LocalDate on) {
		requireProposed("open");
		status = ProposalStatus.OPENED;
		linkedCaseId = caseId;
		resolvedBy = by;
		resolvedOn = on;
	}

	void dismiss(String reason, String by, LocalDate on) {
		requireProposed("dismiss");
		status = ProposalStatus.DISMISSED;
		dismissalReason = reason;
		resolvedBy = by;
		resolvedOn = on;
	}

	private void requireProposed(String action) {
		if (status != ProposalStatus.PROPOSED) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	public Long getId() {
		return id;
	}

	public ProposalRole getRole() {
		return role;
	}

	public SubjectKind getSubjectKind() {
		return subjectKind;
	}

	public String getSubjectCadreNo() {
		return subjectCadreNo;
	}

	public String getSubjectUnitCode() {
		return subjectUnitCode;
	}

	public String getSubjectName() {
		return subjectName;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public Long getLinkedCaseId() {
		return linkedCaseId;
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
