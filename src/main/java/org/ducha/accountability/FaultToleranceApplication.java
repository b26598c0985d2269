package org.ducha.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
 * An application for fault tolerance (容错纠错申请, SPEC §8.4) on an open, undecided case: the checklist
 * answers and a statement. {@link FaultToleranceEligibility} refuses it at once (INELIGIBLE with the
 * reasons) or lets it wait (PENDING) for the office director's decision with a basis (the 容错认定书).
 */
@Entity
@Table(name = "fault_tolerance_application")
public class FaultToleranceApplication extends AbstractAggregateRoot<FaultToleranceApplication> {

	/** The office director decided an application; the case follows the outcome. */
	public record FaultToleranceDecided(Long applicationId, String caseId, FaultToleranceOutcome outcome,
			LocalDate decidedOn) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, length = 64)
	private String caseId;

	@Column(name = "subject_cadre_no", length = 40)
	private String subjectCadreNo;

	@Column(name = "subject_unit_code", length = 40)
	private String subjectUnitCode;

	@Column(name = "applicant_username", nullable = false, length = 100)
	private String applicantUsername;

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_kind", nullable = false, length = 20)
	private FaultToleranceApplicantKind applicantKind;

	@Column(name = "private_gain", nullable = false)
	private boolean privateGain;

	@Column(name = "eight_rules_violation", nullable = false)
	private boolean eightRulesViolation;

	@Column(name = "defied_prohibition", nullable = false)
	private boolean defiedProhibition;

	@Column(name = "lack_of_experience", nullable = false)
	private boolean lackOfExperience;

	@Column(name = "exploration_not_prohibited", nullable = false)
	private boolean explorationNotProhibited;

	@Column(name = "unintended_for_development", nullable = false)
	private boolean unintendedForDevelopment;

	@Column(name = "within_policy", nullable = false)
	private boolean withinPolicy;

	@Column(name = "collective_decision", nullable = false)
	private boolean collectiveDecision;

	@Column(nullable = false)
	private boolean diligent;

	@Column(name = "no_major_loss", nullable = false)
	private boolean noMajorLoss;

	@Column(name = "loss_retrieved", nullable = false)
	private boolean lossRetrieved;

	@Column(name = "corrected_promptly", nullable = false)
	private boolean correctedPromptly;

	@Column(nullable = false, length = 4000)
	private String statement;

	@Column(name = "applied_on", nullable = false)
	private LocalDate appliedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FaultToleranceStatus status;

	@Column(length = 200)
	private String ineligibility;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private FaultToleranceOutcome outcome;

	@Column(length = 4000)
	private String basis;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private Long version;

	protected FaultToleranceApplication() {
	}

	FaultToleranceApplication(String caseId, String subjectCadreNo, String subjectUnitCode, String applicantUsername,
			FaultToleranceApplicantKind applicantKind, FaultToleranceChecklist answers, String statement,
			LocalDate appliedOn, Instant at) {
		this.caseId = caseId;
		this.subjectCadreNo = subjectCadreNo;
		this.subjectUnitCode = subjectUnitCode;
		this.applicantUsername = applicantUsername;
		this.applicantKind = applicantKind;
		this.privateGain = answers.privateGain();
		this.eightRulesViolation = answers.eightRulesViolation();
		this.defiedProhibition = answers.defiedProhibition();
		this.lackOfExperience = answers.lackOfExperience();
		this.explorationNotProhibited = answers.explorationNotProhibited();
		this.unintendedForDevelopment = answers.unintendedForDevelopment();
		this.withinPolicy = answers.withinPolicy();
		this.collectiveDecision = answers.collectiveDecision();
		this.diligent = answers.diligent();
		this.noMajorLoss = answers.noMajorLoss();
		this.lossRetrieved = answers.lossRetrieved();
		this.correctedPromptly = answers.correctedPromptly();
		this.statement = statement;
		this.appliedOn = appliedOn;
		this.createdAt = at;
		List<FaultToleranceEligibility.Reason> reasons = FaultToleranceEligibility.ineligibilityOf(answers);
		if (reasons.isEmpty()) {
			this.status = FaultToleranceStatus.PENDING;
		}
		else {
			this.status = FaultToleranceStatus.INELIGIBLE;
			this.ineligibility = reasons.stream().map(Enum::name).collect(Collectors.joining(","));
		}
	}

	void decide(FaultToleranceOutcome outcome, String basis, String director, LocalDate today) {
		if (status != FaultToleranceStatus.PENDING) {
			throw DomainException.illegalTransition(status, "decide");
		}
		this.status = FaultToleranceStatus.DECIDED;
		this.outcome = outcome;
		this.basis = basis;
		this.decidedBy = director;
		this.decidedOn = today;
		registerEvent(new FaultToleranceDecided(id, caseId, outcome, today));
	}

	public FaultToleranceChecklist checklist() {
		return new FaultToleranceChecklist(privateGain, eightRulesViolation, defiedProhibition, lackOfExperience,
				explorationNotProhibited, unintendedForDevelopment, withinPolicy, collectiveDecision, diligent,
				noMajorLoss, lossRetrieved, correctedPromptly);
	}

	public List<FaultToleranceEligibility.Reason> ineligibilityReasons() {
		return ineligibility == null || ineligibility.isBlank() ? List.of()
				: Arrays.stream(ineligibility.split(",")).map(FaultToleranceEligibility.Reason::valueOf).toList();
	}

	public Long getId() {
		return id;
	}

	public String getCaseId() {
		return caseId;
	}

	public String getSubjectCadreNo() {
		return subjectCadreNo;
	}

	public String getSubjectUnitCode() {
		return subjectUnitCode;
	}

	public String getApplicantUsername() {
		return applicantUsername;
	}

	public FaultToleranceApplicantKind getApplicantKind() {
		return applicantKind;
	}

	public String getStatement() {
		return statement;
	}

	public LocalDate getAppliedOn() {
		return appliedOn;
	}

	public FaultToleranceStatus getStatus() {
		return status;
	}

	public FaultToleranceOutcome getOutcome() {
		return outcome;
	}

	public String getBasis() {
		return basis;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}
}
