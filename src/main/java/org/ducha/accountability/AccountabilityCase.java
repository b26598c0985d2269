package org.ducha.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.organization.Jurisdiction;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.organization.Rank;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An accountability case (问责案件, SPEC §8.1): a subject (a cadre, or a unit's party organization), its basis and
 * facts, the jurisdiction computed at opening, the 一案双究 proposals (§8.2), the subject's defence, the decision
 * (§8.3) and an appeal (§8.4). Lifecycle OPENED → INVESTIGATING → PROPOSED → DECIDED → CLOSED, or NOT_PURSUED /
 * EXEMPTED with a reason from any undecided state. A UNIT case is reported by its deciding unit within a deadline
 * of working days; once it passes, the district may take the case over.
 */
@Entity
@Table(name = "accountability_case")
public class AccountabilityCase extends AbstractAggregateRoot<AccountabilityCase> {

	private static final Set<CaseStatus> ENDABLE = EnumSet.of(CaseStatus.OPENED, CaseStatus.INVESTIGATING,
			CaseStatus.PROPOSED);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, length = 20)
	private SubjectKind subjectKind;

	@Column(name = "subject_cadre_no", length = 40)
	private String subjectCadreNo;

	@Column(name = "subject_unit_code", nullable = false, length = 40)
	private String subjectUnitCode;

	@Column(name = "subject_name", nullable = false, length = 200)
	private String subjectName;

	@Column(name = "subject_position", length = 200)
	private String subjectPosition;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_rank", length = 20)
	private Rank subjectRank;

	@Column(name = "subject_party_member", nullable = false)
	private boolean subjectPartyMember;

	@Column(nullable = false, length = 4000)
	private String facts;

	@Enumerated(EnumType.STRING)
	@Column(name = "jurisdiction_level", nullable = false, length = 20)
	private JurisdictionLevel jurisdictionLevel;

	@Column(name = "deciding_unit_code", length = 40)
	private String decidingUnitCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CaseStatus status;

	@Column(name = "status_reason", length = 2000)
	private String statusReason;

	@Column(name = "proposed_handling", length = 2000)
	private String proposedHandling;

	@Column(name = "mitigation_basis", length = 2000)
	private String mitigationBasis;

	@Column(name = "origin_case_id")
	private Long originCaseId;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Column(name = "opened_by", nullable = false, length = 100)
	private String openedBy;

	@Column(name = "unit_report_due_on")
	private LocalDate unitReportDueOn;

	@Column(name = "taken_over_from", length = 40)
	private String takenOverFrom;

	@Column(name = "taken_over_on")
	private LocalDate takenOverOn;

	@Column(name = "delay_problem_id", length = 40)
	private String delayProblemId;

	@Column(name = "referred_on")
	private LocalDate referredOn;

	@Column(name = "referred_to", length = 300)
	private String referredTo;

	@Column(name = "outcome_received_on")
	private LocalDate outcomeReceivedOn;

	@Column(name = "defence_statement", length = 4000)
	private String defenceStatement;

	@Column(name = "defence_declined", nullable = false)
	private boolean defenceDeclined;

	@Column(name = "defence_recorded_on")
	private LocalDate defenceRecordedOn;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "delivered_on")
	private LocalDate deliveredOn;

	@Column(name = "document_number", length = 100)
	private String documentNumber;

	@Column(name = "deciding_body", length = 300)
	private String decidingBody;

	@Column(name = "probation_months")
	private Integer probationMonths;

	@Column(name = "decided_probation_months")
	private Integer decidedProbationMonths;

	@Column(name = "four_form")
	private Integer fourForm;

	@Column(name = "effect_until")
	private LocalDate effectUntil;

	@Column(name = "effect_permanent", nullable = false)
	private boolean effectPermanent;

	@Column(name = "revoked_on")
	private LocalDate revokedOn;

	@Column(name = "varied_on")
	private LocalDate variedOn;

	@Column(name = "appeal_filed_on")
	private LocalDate appealFiledOn;

	@Column(name = "appeal_reason", length = 4000)
	private String appealReason;

	@Column(name = "appeal_due_on")
	private LocalDate appealDueOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "appeal_outcome", length = 20)
	private AppealOutcome appealOutcome;

	@Column(name = "appeal_decided_on")
	private LocalDate appealDecidedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "accountability_case_basis", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<BasisRef> basis = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "accountability_case_form", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	@Enumerated(EnumType.STRING)
	@Column(name = "form", nullable = false, length = 40)
	private List<Form> forms = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "accountability_case_decided_form", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	@Enumerated(EnumType.STRING)
	@Column(name = "form", nullable = false, length = 40)
	private List<Form> decidedForms = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "accountability_case_step", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CaseStep> steps = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderColumn(name = "position")
	private List<Proposal> proposals = new ArrayList<>();

	protected AccountabilityCase() {
	}

	/** The subject as read from the roster at opening. */
	record Subject(SubjectKind kind, String cadreNo, String unitCode, String name, String position, Rank rank,
			boolean partyMember) {
	}

	/**
	 * A decision as the deciding body takes it; {@code deliveredOn} defaults to {@code decidedOn}. For a CITY case
	 * it is the outcome the city sent back, and {@code outcomeReceivedOn} the day the district received it
	 * (defaulting to {@code decidedOn}); null for the other levels.
	 */
	record Decision(List<Form> forms, LocalDate decidedOn, LocalDate deliveredOn, String documentNumber,
			String decidingBody, Integer probationMonths, LocalDate outcomeReceivedOn) {

		Decision(List<Form> forms, LocalDate decidedOn, LocalDate deliveredOn, String documentNumber,
				String decidingBody, Integer probationMonths) {
			this(forms, decidedOn, deliveredOn, documentNumber, decidingBody, probationMonths, null);
		}
	}

	/**
	 * Opens a case. {@code unitReportDueOn} is the date by which a UNIT case's deciding unit reports its decision
	 * (null for other levels).
	 */
	static AccountabilityCase open(Subject subject, List<BasisRef> basis, String facts, Jurisdiction jurisdiction,
			Long originCaseId, LocalDate openedOn, LocalDate unitReportDueOn, List<Proposal> proposals, String actor,
			Instant now) {
		AccountabilityCase c = new AccountabilityCase();
		c.subjectKind = subject.kind();
		c.subjectCadreNo = subject.cadreNo();
		c.subjectUnitCode = subject.unitCode();
		c.subjectName = subject.name();
		c.subjectPosition = subject.position();
		c.subjectRank = subject.rank();
		c.subjectPartyMember = subject.partyMember();
		c.basis = new ArrayList<>(basis);
		c.facts = facts;
		c.jurisdictionLevel = jurisdiction.level();
		c.decidingUnitCode = jurisdiction.decidingUnitCode();
		c.originCaseId = originCaseId;
		c.openedOn = openedOn;
		c.openedBy = actor;
		c.unitReportDueOn = jurisdiction.level() == JurisdictionLevel.UNIT ? unitReportDueOn : null;
		c.proposals = new ArrayList<>(proposals);
		c.status = CaseStatus.OPENED;
		c.createdAt = now;
		c.step("OPENED", actor, now, null);
		return c;
	}

	/** Publishes {@link AccountabilityCaseOpened} once the id is known. */
	void announceOpened() {
		registerEvent(new AccountabilityCaseOpened(String.valueOf(id), subjectKind, subjectCadreNo, subjectUnitCode,
				jurisdictionLevel, decidingUnitCode, openedOn,
				basis.stream().filter(b -> b.kind() == BasisKind.REPORT).map(BasisRef::refId).toList()));
	}

	// --- the lifecycle

	void startInvestigation(String actor, Instant now) {
		require(CaseStatus.OPENED, "startInvestigation");
		status = CaseStatus.INVESTIGATING;
		step("INVESTIGATION_STARTED", actor, now, null);
	}

	/** 拟处理: the handler proposes how to handle the case (free text; the decision names the forms). */
	void propose(String handling, String actor, Instant now) {
		require(CaseStatus.INVESTIGATING, "propose");
		status = CaseStatus.PROPOSED;
		proposedHandling = handling;
		step("PROPOSED", actor, now, handling);
	}

	/** 不予问责, with the reason. */
	void notPursue(String reason, String actor, Instant now) {
		requireEndable("notPursue");
		status = CaseStatus.NOT_PURSUED;
		statusReason = reason;
		step("NOT_PURSUED", actor, now, reason);
	}

	/** 免予问责, with the reason (e.g. the fault-tolerance decision EXEMPT, SPEC §8.4). */
	void exempt(String reason, String actor, Instant now) {
		requireEndable("exempt");
		status = CaseStatus.EXEMPTED;
		statusReason = reason;
		step("EXEMPTED", actor, now, reason);
	}

	/** 从轻/减轻: the basis on which the decision is to be mitigated (e.g. the fault-tolerance decision MITIGATE). */
	void recordMitigation(String basisText, String actor, Instant now) {
		requireEndable("recordMitigation");
		mitigationBasis = basisText;
		step("MITIGATION_RECORDED", actor, now, basisText);
	}

	/** 陈述申辩: the subject's statement, or (statement null) the record that the subject declined. */
	void recordDefence(String statement, boolean declined, String actor, LocalDate on, Instant now) {
		requireEndable("recordDefence");
		defenceStatement = declined ? null : statement;
		defenceDeclined = declined;
		defenceRecordedOn = on;
		step(declined ? "DEFENCE_DECLINED" : "DEFENCE_RECORDED", actor, now, declined ? null : statement);
	}

	/** A CITY case: the district referred it (报送) to the city, on a date, to whom. */
	void recordReferral(String to, LocalDate on, String actor, Instant now) {
		if (jurisdictionLevel != JurisdictionLevel.CITY || status != CaseStatus.PROPOSED || referredOn != null) {
			throw DomainException.illegalTransition(status, "refer");
		}
		referredTo = to;
		referredOn = on;
		step("REFERRED", actor, now, to);
	}

	/** The district takes over a UNIT case whose deciding unit did not report by its deadline (区纪委直接问责). */
	void takeOver(String districtUnitCode, LocalDate today, String actor, Instant now) {
		if (!isUnitReportOverdue(today)) {
			throw DomainException.illegalTransition(status, "takeOver");
		}
		takenOverFrom = decidingUnitCode;
		takenOverOn = today;
		jurisdictionLevel = JurisdictionLevel.DISTRICT;
		decidingUnitCode = districtUnitCode;
		step("TAKEN_OVER", actor, now, takenOverFrom);
	}

	void recordDelayProblem(String problemId) {
		delayProblemId = problemId;
	}

	/**
	 * Whether a decision may be taken now, checked in the order of API.md: an undecided case (OPENED,
	 * INVESTIGATING or PROPOSED; otherwise ILLEGAL_TRANSITION), no 一案双究 proposal still PROPOSED
	 * (DOUBLE_ACCOUNTABILITY_UNRESOLVED), the subject's statement or refusal recorded (DEFENCE_NOT_RECORDED), and
	 * a CITY case referred to the city (REFERRAL_NOT_RECORDED).
	 * <p>
	 * The decision may be taken on an OPENED or INVESTIGATING case: API.md's flow is open → resolve the proposals
	 * → defence → decision, without the investigation and proposal steps, which the pages offer but do not require.
	 * A CITY case can only be referred once PROPOSED, so its outcome always comes after the proposal.
	 * <p>
	 * The defence is required at every level, a CITY case included: SPEC §8.1 records the defence "before a
	 * decision" and API.md answers DEFENCE_NOT_RECORDED with no exception. For a CITY case the district records
	 * the statement (or refusal) it took before the referral or received from the city with the outcome.
	 */
	void checkDecidable() {
		if (!status.isUndecided()) {
			throw DomainException.illegalTransition(status, "decide");
		}
		if (proposals.stream().anyMatch(p -> p.getStatus() == ProposalStatus.PROPOSED)) {
			throw DomainException.conflict("DOUBLE_ACCOUNTABILITY_UNRESOLVED",
					"a 一案双究 proposal of case " + id + " is not resolved", String.valueOf(id));
		}
		if (!hasDefence()) {
			throw DomainException.conflict("DEFENCE_NOT_RECORDED",
					"neither a statement nor a refusal of the subject is recorded", String.valueOf(id));
		}
		if (jurisdictionLevel == JurisdictionLevel.CITY && referredOn == null) {
			throw DomainException.conflict("REFERRAL_NOT_RECORDED", "a CITY case is decided after its referral",
					String.valueOf(id));
		}
	}

	/** 决定 (SPEC §8.3); the forms were validated against the subject by the service. */
	void decide(Decision d, String actor, Instant now) {
		checkDecidable();
		status = CaseStatus.DECIDED;
		forms = new ArrayList<>(d.forms());
		decidedForms = new ArrayList<>(d.forms());
		decidedOn = d.decidedOn();
		deliveredOn = d.deliveredOn() == null ? d.decidedOn() : d.deliveredOn();
		documentNumber = d.documentNumber();
		decidingBody = d.decidingBody();
		probationMonths = d.forms().contains(Form.PARTY_PROBATION) ? d.probationMonths() : null;
		decidedProbationMonths = probationMonths;
		outcomeReceivedOn = jurisdictionLevel != JurisdictionLevel.CITY ? null
				: d.outcomeReceivedOn() == null ? d.decidedOn() : d.outcomeReceivedOn();
		applyForms();
		step("DECIDED", actor, now, documentNumber);
		registerEvent(new AccountabilityCaseDecided(String.valueOf(id), subjectCadreNo, subjectUnitCode, decidedOn,
				List.copyOf(forms), fourForm));
	}

	/** 归档. */
	void close(LocalDate on, String actor, Instant now) {
		require(CaseStatus.DECIDED, "close");
		status = CaseStatus.CLOSED;
		closedOn = on;
		step("CLOSED", actor, now, null);
	}

	/** The last day an appeal may be filed: one calendar month after delivery. */
	public LocalDate appealDeadline() {
		return deliveredOn == null ? null : deliveredOn.plusMonths(1);
	}

	/** 申诉 (SPEC §8.4): within one month of delivery; the answer is due one month after filing. */
	void fileAppeal(LocalDate filedOn, String reason, String actor, Instant now) {
		if (!status.hasDecision() || appealFiledOn != null || revokedOn != null) {
			throw DomainException.illegalTransition(status, "appeal");
		}
		if (filedOn.isBefore(deliveredOn)) {
			throw DomainException.validation("filedOn", "not before the decision was delivered (" + deliveredOn + ")");
		}
		if (filedOn.isAfter(appealDeadline())) {
			throw DomainException.conflict("APPEAL_PERIOD_EXPIRED",
					"an appeal is filed within one month of delivery, by " + appealDeadline(), appealDeadline());
		}
		appealFiledOn = filedOn;
		appealReason = reason;
		appealDueOn = filedOn.plusMonths(1);
		step("APPEAL_FILED", actor, now, reason);
	}

	/** The deciding body's answer: UPHELD, VARIED (new forms, four form and period) or REVOKED. */
	void decideAppeal(AppealOutcome outcome, List<Form> newForms, Integer newProbationMonths, LocalDate on,
			String actor, Instant now) {
		if (appealFiledOn == null || appealOutcome != null) {
			throw DomainException.illegalTransition(status, "decideAppeal");
		}
		appealOutcome = outcome;
		appealDecidedOn = on;
		switch (outcome) {
			case UPHELD -> step("APPEAL_UPHELD", actor, now, null);
			case VARIED -> {
				forms = new ArrayList<>(newForms);
				probationMonths = newForms.contains(Form.PARTY_PROBATION) ? newProbationMonths : null;
				variedOn = on;
				applyForms();
				step("APPEAL_VARIED", actor, now, String.join(",", newForms.stream().map(Form::name).toList()));
				registerEvent(new AccountabilityDecisionVaried(String.valueOf(id), subjectCadreNo, subjectUnitCode, on,
						List.copyOf(forms), fourForm, effectUntil, effectPermanent));
			}
			case REVOKED -> {
				revokedOn = on;
				step("APPEAL_REVOKED", actor, now, null);
				registerEvent(new AccountabilityDecisionRevoked(String.valueOf(id), subjectCadreNo, subjectUnitCode, on));
			}
		}
	}

	// --- proposals

	Proposal proposal(Long proposalId) {
		return proposals.stream()
			.filter(p -> p.getId().equals(proposalId))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("PROPOSAL_NOT_FOUND", "proposal " + proposalId + " not found"));
	}

	void proposalOpened(Proposal proposal, Long linkedCaseId, String actor, LocalDate today, Instant now) {
		proposal.openedAs(linkedCaseId, actor, today);
		step("PROPOSAL_OPENED", actor, now, proposal.getRole() + " " + proposal.getSubjectName() + " #" + linkedCaseId);
	}

	void proposalDismissed(Proposal proposal, String reason, String actor, LocalDate today, Instant now) {
		proposal.dismiss(reason, actor, today);
		step("PROPOSAL_DISMISSED", actor, now, proposal.getRole() + " " + proposal.getSubjectName() + ": " + reason);
	}

	// --- reading

	public boolean hasDefence() {
		return defenceDeclined || defenceStatement != null;
	}

	/** A UNIT case not decided by its deciding unit's deadline and not yet taken over. */
	public boolean isUnitReportOverdue(LocalDate today) {
		return jurisdictionLevel == JurisdictionLevel.UNIT && takenOverFrom == null && status.isUndecided()
				&& unitReportDueOn != null && today.isAfter(unitReportDueOn);
	}

	public boolean isRevoked() {
		return revokedOn != null;
	}

	public EffectPeriod effectPeriod() {
		return effectPermanent ? EffectPeriod.PERMANENT : effectUntil == null ? EffectPeriod.NONE
				: new EffectPeriod(effectUntil, false);
	}

	private void applyForms() {
		fourForm = FourFormsRule.of(forms);
		EffectPeriod period = EffectPeriodRule.of(decidedOn, forms, probationMonths);
		effectUntil = period.until();
		effectPermanent = period.permanent();
	}

	private void require(CaseStatus expected, String action) {
		if (status != expected) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	private void requireEndable(String action) {
		if (!ENDABLE.contains(status)) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	private void step(String action, String actor, Instant now, String note) {
		steps.add(new CaseStep(action, actor, now, note));
	}

	public Long getId() {
		return id;
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

	public String getSubjectPosition() {
		return subjectPosition;
	}

	public Rank getSubjectRank() {
		return subjectRank;
	}

	public boolean isSubjectPartyMember() {
		return subjectPartyMember;
	}

	public String getFacts() {
		return facts;
	}

	public JurisdictionLevel getJurisdictionLevel() {
		return jurisdictionLevel;
	}

	public String getDecidingUnitCode() {
		return decidingUnitCode;
	}

	public CaseStatus getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public String getProposedHandling() {
		return proposedHandling;
	}

	public String getMitigationBasis() {
		return mitigationBasis;
	}

	public Long getOriginCaseId() {
		return originCaseId;
	}

	public LocalDate getOpenedOn() {
		return openedOn;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public LocalDate getUnitReportDueOn() {
		return unitReportDueOn;
	}

	public String getTakenOverFrom() {
		return takenOverFrom;
	}

	public LocalDate getTakenOverOn() {
		return takenOverOn;
	}

	public String getDelayProblemId() {
		return delayProblemId;
	}

	public LocalDate getReferredOn() {
		return referredOn;
	}

	public String getReferredTo() {
		return referredTo;
	}

	/** A CITY case: the day the district received the city's outcome (recorded with it as the decision). */
	public LocalDate getOutcomeReceivedOn() {
		return outcomeReceivedOn;
	}

	public String getDefenceStatement() {
		return defenceStatement;
	}

	public boolean isDefenceDeclined() {
		return defenceDeclined;
	}

	public LocalDate getDefenceRecordedOn() {
		return defenceRecordedOn;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public LocalDate getDeliveredOn() {
		return deliveredOn;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public String getDecidingBody() {
		return decidingBody;
	}

	public Integer getProbationMonths() {
		return probationMonths;
	}

	public Integer getDecidedProbationMonths() {
		return decidedProbationMonths;
	}

	public Integer getFourForm() {
		return fourForm;
	}

	public LocalDate getEffectUntil() {
		return effectUntil;
	}

	public boolean isEffectPermanent() {
		return effectPermanent;
	}

	public LocalDate getRevokedOn() {
		return revokedOn;
	}

	public LocalDate getVariedOn() {
		return variedOn;
	}

	public LocalDate getAppealFiledOn() {
		return appealFiledOn;
	}

	public String getAppealReason() {
		return appealReason;
	}

	public LocalDate getAppealDueOn() {
		return appealDueOn;
	}

	public AppealOutcome getAppealOutcome() {
		return appealOutcome;
	}

	public LocalDate getAppealDecidedOn() {
		return appealDecidedOn;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<BasisRef> getBasis() {
		return List.copyOf(basis);
	}

	public List<Form> getForms() {
		return List.copyOf(forms);
	}

	public List<Form> getDecidedForms() {
		return List.copyOf(decidedForms);
	}

	public List<CaseStep> getSteps() {
		return List.copyOf(steps);
	}

	public List<Proposal> getProposals() {
		return List.copyOf(proposals);
	}
}
