package org.ducha.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.assignment.AssignmentFlagged;
import org.ducha.assignment.AssignmentKind;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.intake.Reports;
import org.ducha.organization.Cadre;
import org.ducha.organization.Jurisdiction;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.NewProblem;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Problems;
import org.ducha.rectification.Severity;
import org.ducha.shared.DomainException;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accountability cases (问责, SPEC §8.1–§8.4). The office (OFFICER, OFFICE_DIRECTOR) opens cases; the jurisdiction
 * is computed at opening from the subject's rank and unit ({@link org.ducha.organization.JurisdictionPolicy}) and
 * the 一案双究 proposals from {@link DoubleAccountabilityRule}. Who handles a case:
 * <ul>
 * <li>DISTRICT (and a UNIT case the district took over): the office; OFFICER proposes, OFFICE_DIRECTOR decides;</li>
 * <li>UNIT: the UNIT_PRINCIPAL of the deciding unit, who decides and reports within
 * {@value #UNIT_REPORT_WORKING_DAYS} working days of opening; the office may record the defence;</li>
 * <li>CITY: the office proposes and records the referral to the city, then the outcome received (as the
 * decision, OFFICE_DIRECTOR, with the day it was received); the subject's defence is recorded as at every level.</li>
 * </ul>
 * Proposals are resolved by the office. LEADER reads every case; a unit principal reads the UNIT cases its unit
 * decides (or decided before a takeover), never their reports; anyone else gets CASE_NOT_FOUND (404) or FORBIDDEN.
 * The methods without a user check ({@link #find}, {@link #get}, {@link #decisionsOf}, {@link #decisionsBetween},
 * {@link #openCasesNaming}, {@link #isUndecided}) are for other modules, which check their own callers;
 * {@link #exempt} and {@link #recordMitigation}, for the fault-tolerance decision, require the OFFICE_DIRECTOR themselves.
 */
@Service
@Transactional(readOnly = true)
public class AccountabilityCases {

	static final int UNIT_REPORT_WORKING_DAYS = 20;
	/** The category of the problem a unit's late report becomes: 管党治党不严. */
	static final String DELAY_CATEGORY = "ZFZD-01";
	static final String AUDIT_TYPE = "AccountabilityCase";
	static final Set<Role> OFFICE = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> DIRECTOR = EnumSet.of(Role.OFFICE_DIRECTOR);
	static final Set<Role> READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL);
	static final Set<CaseStatus> UNDECIDED = EnumSet.of(CaseStatus.OPENED, CaseStatus.INVESTIGATING,
			CaseStatus.PROPOSED);

	private final AccountabilityCaseRepository cases;
	private final Organization organization;
	private final Problems problems;
	private final Reports reports;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final AccountabilityMessages messages;
	private final CandidateRepository candidates;
	private final CaseIdempotency idempotency;

	AccountabilityCases(AccountabilityCaseRepository cases, Organization organization, Problems problems,
			Reports reports, AccessControl access, WorkingCalendar calendar, AuditLog audit, Clock clock,
			AccountabilityMessages messages, CandidateRepository candidates, CaseIdempotency idempotency) {
		this.idempotency = idempotency;
		this.messages = messages;
		this.candidates = candidates;
		this.cases = cases;
		this.organization = organization;
		this.problems = problems;
		this.reports = reports;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	// --- opening ------------------------------------------------------------------------------

	/** Opens a case (OFFICER, OFFICE_DIRECTOR): jurisdiction at opening and the 一案双究 proposals. */
	@Transactional
	public CaseView open(NewCase draft) {
		return open(draft, null);
	}

	/**
	 * {@link #open(NewCase)} with an {@code Idempotency-Key}: the same key from the same user within 24 hours
	 * returns the case first opened and opens nothing.
	 */
	@Transactional
	public CaseView open(NewCase draft, String idempotencyKey) {
		CurrentUser user = requireOffice();
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<AccountabilityCase> earlier = idempotency.find(user.username(), key, now).flatMap(cases::findById);
			if (earlier.isPresent()) {
				return viewOf(earlier.get());
			}
		}
		AccountabilityCase c = openCase(draft, null, user);
		if (key != null) {
			idempotency.remember(user.username(), key, c.getId(), now);
		}
		return viewOf(c);
	}

	/** Checks a draft without opening it: VALIDATION_FAILED listing every offending field. */
	public void validate(NewCase draft) {
		CurrentUser user = requireOffice();
		List<DomainException.FieldError> errors = errorsOf(draft, user);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	AccountabilityCase openCase(NewCase draft, AccountabilityCase origin, CurrentUser user) {
		return openCase(draft, origin, user, calendar.today());
	}

	/** Opens a case as of {@code today} (the demo district's history; otherwise always the calendar's today). */
	AccountabilityCase openCase(NewCase draft, AccountabilityCase origin, CurrentUser user, LocalDate today) {
		List<DomainException.FieldError> errors = errorsOf(draft, user);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		Instant now = Instant.now(clock);
		AccountabilityCase.Subject subject;
		Jurisdiction jurisdiction;
		List<Proposal> proposals = new ArrayList<>();
		if (draft.cadreNo() != null) {
			Cadre cadre = organization.cadre(draft.cadreNo());
			Unit unit = organization.unit(cadre.getUnitCode());
			subject = new AccountabilityCase.Subject(SubjectKind.CADRE, cadre.getCadreNo(), cadre.getUnitCode(),
					cadre.getName(), cadre.getPosition(), cadre.getRank(), cadre.isPartyMember());
			jurisdiction = organization.jurisdictionOf(cadre.getCadreNo());
			var facts = new DoubleAccountabilityRule.Facts(cadre.getCadreNo(), cadre.getSupervisingLeaderNo(),
					unit.getCode(), unit.getPrincipalNo(), unit.getSupervisingLeaderNo(),
					unit.getPartyOrganizationName() != null);
			for (DoubleAccountabilityRule.Proposed p : DoubleAccountabilityRule.proposalsFor(facts)) {
				proposals.add(proposalOf(p));
			}
		}
		else {
			Unit unit = organization.unit(draft.unitCode());
			subject = new AccountabilityCase.Subject(SubjectKind.PARTY_ORGANIZATION, null, unit.getCode(),
					unit.getPartyOrganizationName(), null, null, false);
			jurisdiction = organization.jurisdictionOfPartyOrganization(unit.getCode());
		}
		List<BasisRef> basis = new ArrayList<>();
		draft.problemIds().forEach(id -> basis.add(new BasisRef(BasisKind.PROBLEM, id)));
		draft.reportIds().forEach(id -> basis.add(new BasisRef(BasisKind.REPORT, id)));
		draft.taskIds().forEach(id -> basis.add(new BasisRef(BasisKind.TASK, id)));
		draft.meetingIds().forEach(id -> basis.add(new BasisRef(BasisKind.MEETING, id)));
		if (origin != null) {
			basis.add(new BasisRef(BasisKind.CASE, String.valueOf(origin.getId())));
		}
		Candidate candidate = draft.candidateId() == null ? null
				: parse(draft.candidateId()).flatMap(candidates::findById).orElseThrow();
		if (candidate != null) {
			basisOf(candidate).filter(b -> !basis.contains(b)).ifPresent(basis::add);
			basis.add(new BasisRef(BasisKind.ASSIGNMENT, candidate.getAssignmentId()));
		}
		LocalDate dueOn = jurisdiction.level() == JurisdictionLevel.UNIT
				? calendar.addWorkingDays(today, UNIT_REPORT_WORKING_DAYS) : null;
		AccountabilityCase c = cases.saveAndFlush(AccountabilityCase.open(subject, basis, draft.facts().strip(),
				jurisdiction, origin == null ? null : origin.getId(), today, dueOn, proposals, user.username(), now));
		c.announceOpened();
		cases.save(c);
		if (candidate != null) {
			resolveCandidate(candidate, c, user);
		}
		audit.record("CASE_OPENED", AUDIT_TYPE, id(c), "subject=" + (subject.cadreNo() != null ? subject.cadreNo()
				: "PARTY_ORGANIZATION:" + subject.unitCode()) + " jurisdiction=" + jurisdiction.level()
				+ (jurisdiction.decidingUnitCode() == null ? "" : ":" + jurisdiction.decidingUnitCode())
				+ " proposals=" + proposals.size() + (origin == null ? "" : " origin=" + origin.getId()));
		return c;
	}

	/**
	 * What a candidate's assignment carries, as the basis of the case opened from it: a PROBLEM's problem, a
	 * TASK's supervised task, a REFERRAL's report; a grid event has no basis kind of its own (the assignment is
	 * the basis).
	 */
	static Optional<BasisRef> basisOf(Candidate candidate) {
		if (candidate.getSourceId() == null || candidate.getSourceId().isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(switch (candidate.getAssignmentKind()) {
			case PROBLEM -> BasisKind.PROBLEM;
			case TASK -> BasisKind.TASK;
			case REFERRAL -> BasisKind.REPORT;
			case GRID_EVENT -> null;
		}).map(kind -> new BasisRef(kind, candidate.getSourceId()));
	}

	private Proposal proposalOf(DoubleAccountabilityRule.Proposed p) {
		if (p.cadreNo() != null) {
			Cadre cadre = organization.cadre(p.cadreNo());
			return new Proposal(p.role(), SubjectKind.CADRE, cadre.getCadreNo(), cadre.getUnitCode(), cadre.getName());
		}
		Unit unit = organization.unit(p.unitCode());
		return new Proposal(p.role(), SubjectKind.PARTY_ORGANIZATION, null, unit.getCode(),
				unit.getPartyOrganizationName());
	}

	private List<DomainException.FieldError> errorsOf(NewCase d, CurrentUser user) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (d == null) {
			return List.of(new DomainException.FieldError("subject", "required"));
		}
		boolean cadre = d.cadreNo() != null && !d.cadreNo().isBlank();
		boolean unit = d.unitCode() != null && !d.unitCode().isBlank();
		if (cadre == unit) {
			errors.add(new DomainException.FieldError("subject", "exactly one of cadreNo or unitCode"));
		}
		else if (cadre && organization.findCadre(d.cadreNo().strip()).isEmpty()) {
			errors.add(new DomainException.FieldError("subject.cadreNo", "unknown cadre"));
		}
		else if (unit) {
			Optional<Unit> found = organization.findUnit(d.unitCode().strip());
			if (found.isEmpty()) {
				errors.add(new DomainException.FieldError("subject.unitCode", "unknown unit"));
			}
			else if (found.get().getPartyOrganizationName() == null) {
				errors.add(new DomainException.FieldError("subject.unitCode", "the unit has no party organization"));
			}
		}
		if (d.facts() == null || d.facts().isBlank()) {
			errors.add(new DomainException.FieldError("facts", "required"));
		}
		else if (d.facts().strip().length() > 4000) {
			errors.add(new DomainException.FieldError("facts", "at most 4000 characters"));
		}
		for (int i = 0; i < d.problemIds().size(); i++) {
			if (!problems.maySee(d.problemIds().get(i))) {
				errors.add(new DomainException.FieldError("basis.problemIds[" + i + "]", "unknown problem"));
			}
		}
		for (int i = 0; i < d.reportIds().size(); i++) {
			if (!reports.maySee(d.reportIds().get(i), user)) {
				errors.add(new DomainException.FieldError("basis.reportIds[" + i + "]", "unknown report"));
			}
		}
		if (d.candidateId() != null && parse(d.candidateId()).flatMap(candidates::findById)
			.filter(c -> c.getStatus() == CandidateStatus.OPEN).isEmpty()) {
			errors.add(new DomainException.FieldError("candidateId", "no open candidate with this id"));
		}
		int items = d.problemIds().size() + d.reportIds().size() + d.taskIds().size() + d.meetingIds().size();
		if (items > 50) {
			errors.add(new DomainException.FieldError("basis", "at most 50 items"));
		}
		if (d.taskIds().stream().anyMatch(s -> s.length() > 64) || d.meetingIds().stream().anyMatch(s -> s.length() > 64)) {
			errors.add(new DomainException.FieldError("basis", "ids of at most 64 characters"));
		}
		return errors;
	}

	// --- reading (for other modules: no user check) -------------------------------------------

	public Optional<CaseView> find(String id) {
		return parse(id).flatMap(cases::findById).map(this::viewOf);
	}

	/** The case; CASE_NOT_FOUND (404) if there is none. */
	public CaseView get(String id) {
		return find(id).orElseThrow(AccountabilityCases::notFound);
	}

	/** Whether the case exists and is not yet decided (OPENED, INVESTIGATING, PROPOSED). */
	public boolean isUndecided(String caseId) {
		return parse(caseId).flatMap(cases::findById).map(c -> c.getStatus().isUndecided()).orElse(false);
	}

	/** The cases against this cadre not yet DECIDED, CLOSED, NOT_PURSUED or EXEMPTED. */
	public List<CaseView> openCasesNaming(String cadreNo) {
		return cases.findBySubjectCadreNoAndStatusInOrderByIdAsc(cadreNo, UNDECIDED).stream().map(this::viewOf).toList();
	}

	/** Every case against this cadre, oldest first. */
	public List<CaseView> casesNaming(String cadreNo) {
		return cases.findBySubjectCadreNoOrderByIdAsc(cadreNo).stream().map(this::viewOf).toList();
	}

	/** The decisions against this cadre, oldest first, revoked ones included and marked. */
	public List<DecisionRecord> decisionsOf(String cadreNo) {
		return cases.findDecisionsOf(cadreNo).stream().map(CaseView::decisionOf).toList();
	}

	/** The decisions taken from {@code from} to {@code to} (inclusive), any subject, revoked ones marked. */
	public List<DecisionRecord> decisionsBetween(LocalDate from, LocalDate to) {
		return cases.findDecidedBetween(from, to).stream().map(CaseView::decisionOf).toList();
	}

	/** The cases whose basis holds this report (oldest first). */
	List<AccountabilityCase> onReport(String reportId) {
		return cases.findByBasis(BasisKind.REPORT, reportId);
	}

	// --- for the fault-tolerance decision (SPEC §8.4: the office director's, checked here as well) ----

	/** 免予问责 (e.g. 容错 EXEMPT), by the OFFICE_DIRECTOR (FORBIDDEN otherwise); ILLEGAL_TRANSITION once decided or ended. */
	@Transactional
	public void exempt(String caseId, String reason) {
		CurrentUser director = requireRole(DIRECTOR);
		AccountabilityCase c = load(caseId);
		c.exempt(requireText(reason, "reason"), director.username(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_EXEMPTED", AUDIT_TYPE, id(c), "reason recorded");
	}

	/**
	 * Records the 从轻/减轻 basis the decision then shows, by the OFFICE_DIRECTOR (FORBIDDEN otherwise);
	 * ILLEGAL_TRANSITION once decided or ended.
	 */
	@Transactional
	public void recordMitigation(String caseId, String basis) {
		CurrentUser director = requireRole(DIRECTOR);
		AccountabilityCase c = load(caseId);
		c.recordMitigation(requireText(basis, "basis"), director.username(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_MITIGATION_RECORDED", AUDIT_TYPE, id(c), "basis recorded");
	}

	// --- the case's handler --------------------------------------------------------------------

	/** The case as the current user may see it; CASE_NOT_FOUND (404) when outside the caller's scope. */
	public CaseView view(String id) {
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(id, user);
		CaseView view = viewOf(c);
		return maySeeReports(user) ? view : view.withoutReports();
	}

	/** What the current user may do on the case, for the page's buttons. */
	public Set<CaseAction> actionsOn(String id) {
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(id, user);
		Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
		LocalDate today = calendar.today();
		for (CaseAction action : CaseAction.values()) {
			if (mayAct(c, user, action) && action.possibleOn(c, today)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	@Transactional
	public CaseView startInvestigation(String id) {
		return act(id, CaseAction.INVESTIGATE, (c, user, now) -> c.startInvestigation(user.username(), now),
				"CASE_INVESTIGATION_STARTED", null);
	}

	@Transactional
	public CaseView propose(String id, String handling) {
		String text = requireText(handling, "handling");
		return act(id, CaseAction.PROPOSE, (c, user, now) -> c.propose(text, user.username(), now), "CASE_PROPOSED",
				null);
	}

	@Transactional
	public CaseView notPursue(String id, String reason) {
		String text = requireText(reason, "reason");
		return act(id, CaseAction.NOT_PURSUE, (c, user, now) -> c.notPursue(text, user.username(), now),
				"CASE_NOT_PURSUED", null);
	}

	/** 陈述申辩: the subject's statement, or (declined) the record that the subject declined to state one. */
	@Transactional
	public CaseView recordDefence(String id, String statement, boolean declined) {
		String text = null;
		if (!declined) {
			if (statement == null || statement.isBlank()) {
				throw DomainException.validation("statement", "required unless declined");
			}
			if (statement.strip().length() > 4000) {
				throw DomainException.validation("statement", "at most 4000 characters");
			}
			text = statement.strip();
		}
		String s = text;
		return act(id, CaseAction.RECORD_DEFENCE,
				(c, user, now) -> c.recordDefence(s, declined, user.username(), calendar.today(), now),
				declined ? "CASE_DEFENCE_DECLINED" : "CASE_DEFENCE_RECORDED", null);
	}

	/** A CITY case: the referral (报送) to the city, on a date, to whom. */
	@Transactional
	public CaseView recordReferral(String id, String to, LocalDate on) {
		String whom = requireText(to, "to");
		LocalDate date = on == null ? calendar.today() : on;
		if (date.isAfter(calendar.today())) {
			throw DomainException.validation("referredOn", "not after today");
		}
		return act(id, CaseAction.REFER, (c, user, now) -> c.recordReferral(whom, date, user.username(), now),
				"CASE_REFERRED", null);
	}

	/** 决定 (SPEC §8.3): the forms checked against the subject, four form and effect period computed. */
	@Transactional
	public CaseView decide(String id, DecisionDraft draft) {
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(id, user);
		requireMay(c, user, CaseAction.DECIDE);
		c.checkDecidable();
		List<DomainException.FieldError> errors = new ArrayList<>(formErrors(c, draft.forms(), draft.probationMonths()));
		LocalDate today = calendar.today();
		if (draft.decidedOn() == null) {
			errors.add(new DomainException.FieldError("decidedOn", "required"));
		}
		else if (draft.decidedOn().isAfter(today)) {
			errors.add(new DomainException.FieldError("decidedOn", "not after today"));
		}
		else if (draft.decidedOn().isBefore(c.getOpenedOn())) {
			errors.add(new DomainException.FieldError("decidedOn", "not before the case was opened"));
		}
		if (draft.deliveredOn() != null && (draft.deliveredOn().isAfter(today)
				|| (draft.decidedOn() != null && draft.deliveredOn().isBefore(draft.decidedOn())))) {
			errors.add(new DomainException.FieldError("deliveredOn", "between the decision date and today"));
		}
		if (draft.documentNumber() == null || draft.documentNumber().isBlank()) {
			errors.add(new DomainException.FieldError("documentNumber", "required"));
		}
		else if (draft.documentNumber().strip().length() > 100) {
			errors.add(new DomainException.FieldError("documentNumber", "at most 100 characters"));
		}
		if (draft.decidingBody() != null && draft.decidingBody().strip().length() > 300) {
			errors.add(new DomainException.FieldError("decidingBody", "at most 300 characters"));
		}
		LocalDate receivedOn = null;
		if (c.getJurisdictionLevel() == JurisdictionLevel.CITY) {
			receivedOn = draft.outcomeReceivedOn() == null ? today : draft.outcomeReceivedOn();
			if (receivedOn.isAfter(today) || receivedOn.isBefore(c.getReferredOn())
					|| (draft.decidedOn() != null && receivedOn.isBefore(draft.decidedOn()))) {
				errors.add(new DomainException.FieldError("outcomeReceivedOn",
						"between the referral, the city's decision and today"));
			}
		}
		else if (draft.outcomeReceivedOn() != null) {
			errors.add(new DomainException.FieldError("outcomeReceivedOn", "only for a CITY case"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		String body = draft.decidingBody() == null || draft.decidingBody().isBlank() ? defaultDecidingBody(c)
				: draft.decidingBody().strip();
		c.decide(new AccountabilityCase.Decision(draft.forms(), draft.decidedOn(), draft.deliveredOn(),
				draft.documentNumber().strip(), body, draft.probationMonths(), receivedOn), user.username(),
				Instant.now(clock));
		cases.save(c);
		audit.record("CASE_DECIDED", AUDIT_TYPE, id(c), "forms=" + String.join(",", draft.forms().stream()
			.map(Form::name).toList()) + " fourForm=" + c.getFourForm() + " document=" + c.getDocumentNumber());
		return viewFor(c, user);
	}

	/** 归档 a decided case. */
	@Transactional
	public CaseView close(String id) {
		return act(id, CaseAction.CLOSE, (c, user, now) -> c.close(calendar.today(), user.username(), now),
				"CASE_CLOSED", null);
	}

	/** 申诉 (SPEC §8.4): within one calendar month of delivery; APPEAL_PERIOD_EXPIRED (409) after it. */
	@Transactional
	public CaseView fileAppeal(String id, LocalDate filedOn, String reason) {
		String text = requireText(reason, "reason");
		LocalDate date = filedOn == null ? calendar.today() : filedOn;
		if (date.isAfter(calendar.today())) {
			throw DomainException.validation("filedOn", "not after today");
		}
		return act(id, CaseAction.APPEAL, (c, user, now) -> c.fileAppeal(date, text, user.username(), now),
				"CASE_APPEAL_FILED", null);
	}

	/** The deciding body's answer to the appeal: UPHELD, VARIED (with the new forms) or REVOKED. */
	@Transactional
	public CaseView decideAppeal(String id, AppealOutcome outcome, List<Form> forms, Integer probationMonths) {
		if (outcome == null) {
			throw DomainException.validation("outcome", "required");
		}
		List<Form> newForms = forms == null ? List.of() : forms.stream().filter(f -> f != null).distinct().toList();
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(id, user);
		requireMay(c, user, CaseAction.DECIDE_APPEAL);
		if (c.getAppealFiledOn() == null || c.getAppealOutcome() != null) {
			throw DomainException.illegalTransition(c.getStatus(), "decideAppeal");
		}
		if (outcome == AppealOutcome.VARIED) {
			List<DomainException.FieldError> errors = formErrors(c, newForms, probationMonths);
			if (!errors.isEmpty()) {
				throw DomainException.validation(errors);
			}
		}
		c.decideAppeal(outcome, newForms, probationMonths, calendar.today(), user.username(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_APPEAL_" + outcome.name(), AUDIT_TYPE, id(c), outcome == AppealOutcome.VARIED
				? "forms=" + String.join(",", newForms.stream().map(Form::name).toList()) : "outcome=" + outcome);
		return viewFor(c, user);
	}

	/** Opens a 一案双究 proposal as a case of its own, whose basis is the original case (the office). */
	@Transactional
	public CaseView openProposal(String caseId, String proposalId, String facts) {
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(caseId, user);
		requireMay(c, user, CaseAction.RESOLVE_PROPOSALS);
		Proposal proposal = c.proposal(parse(proposalId).orElseThrow(AccountabilityCases::proposalNotFound));
		if (proposal.getStatus() != ProposalStatus.PROPOSED) {
			throw DomainException.illegalTransition(proposal.getStatus(), "open");
		}
		String text = facts == null || facts.isBlank() ? messages.proposalFacts(c) : facts.strip();
		NewCase draft = proposal.getSubjectKind() == SubjectKind.CADRE
				? NewCase.againstCadre(proposal.getSubjectCadreNo(), text)
				: NewCase.againstPartyOrganization(proposal.getSubjectUnitCode(), text);
		AccountabilityCase linked = openCase(draft, c, user);
		c.proposalOpened(proposal, linked.getId(), user.username(), calendar.today(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_PROPOSAL_OPENED", AUDIT_TYPE, id(c), "proposal=" + proposal.getId() + " case=" + linked.getId());
		return viewFor(c, user);
	}

	/** Dismisses a 一案双究 proposal with a written reason (the office). */
	@Transactional
	public CaseView dismissProposal(String caseId, String proposalId, String reason) {
		String text = requireText(reason, "reason");
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(caseId, user);
		requireMay(c, user, CaseAction.RESOLVE_PROPOSALS);
		Proposal proposal = c.proposal(parse(proposalId).orElseThrow(AccountabilityCases::proposalNotFound));
		c.proposalDismissed(proposal, text, user.username(), calendar.today(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_PROPOSAL_DISMISSED", AUDIT_TYPE, id(c), "proposal=" + proposal.getId());
		return viewFor(c, user);
	}

	/**
	 * The district takes over a UNIT case whose deciding unit has not reported by its deadline (区纪委直接问责); the
	 * delay becomes a problem of that unit, worded without anything of the case's reports.
	 */
	@Transactional
	public CaseView takeOver(String id) {
		CurrentUser user = requireOffice();
		AccountabilityCase c = visible(id, user);
		String unitCode = c.getDecidingUnitCode();
		LocalDate dueOn = c.getUnitReportDueOn();
		c.takeOver(organization.jurisdictionPolicy().districtDisciplineUnitCode(), calendar.today(), user.username(),
				Instant.now(clock));
		String problemId = problems.create(new NewProblem(unitCode, DELAY_CATEGORY, Severity.GENERAL,
				ProblemSource.OTHER, messages.delayDescription(c, dueOn), messages.delayMeasures(), List.of(), null,
				null, null, null)).problem().getId().toString();
		c.recordDelayProblem(problemId);
		cases.save(c);
		audit.record("CASE_TAKEN_OVER", AUDIT_TYPE, id(c), "from=" + unitCode + " problem=" + problemId);
		return viewFor(c, user);
	}

	/** UNIT cases past their deadline, not yet taken over: the office's list with the takeover action. */
	public List<CaseView> unitReportsOverdue() {
		requireOffice();
		return cases.findUnitReportsOverdue(calendar.today()).stream().map(this::viewOf).toList();
	}

	private interface Step {
		void apply(AccountabilityCase c, CurrentUser user, Instant now);
	}

	private CaseView act(String id, CaseAction action, Step step, String auditAction, String details) {
		CurrentUser user = requireRole(READERS);
		AccountabilityCase c = visible(id, user);
		requireMay(c, user, action);
		step.apply(c, user, Instant.now(clock));
		cases.save(c);
		audit.record(auditAction, AUDIT_TYPE, id(c), details == null ? "status=" + c.getStatus() : details);
		return viewFor(c, user);
	}

	private List<DomainException.FieldError> formErrors(AccountabilityCase c, List<Form> forms, Integer probationMonths) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (forms.isEmpty()) {
			errors.add(new DomainException.FieldError("forms", "at least one form"));
		}
		for (int i = 0; i < forms.size(); i++) {
			Form f = forms.get(i);
			if (!f.appliesTo(c.getSubjectKind())) {
				errors.add(new DomainException.FieldError("forms[" + i + "]", c.getSubjectKind() == SubjectKind.CADRE
						? f.name() + " is for party organizations only" : f.name() + " is for cadres only"));
			}
			else if (f.partyDiscipline() && !c.isSubjectPartyMember()) {
				errors.add(new DomainException.FieldError("forms[" + i + "]",
						f.name() + " is party discipline, for party members only"));
			}
		}
		if (forms.contains(Form.PARTY_PROBATION)) {
			if (probationMonths == null || !Form.PROBATION_MONTHS.contains(probationMonths)) {
				errors.add(new DomainException.FieldError("probationMonths", "12 or 24 with PARTY_PROBATION"));
			}
		}
		else if (probationMonths != null) {
			errors.add(new DomainException.FieldError("probationMonths", "only with PARTY_PROBATION"));
		}
		return errors;
	}

	String defaultDecidingBody(AccountabilityCase c) {
		return switch (c.getJurisdictionLevel()) {
			case CITY -> c.getReferredTo();
			case DISTRICT -> organization.unit(c.getDecidingUnitCode()).getName();
			case UNIT -> {
				Unit unit = organization.unit(c.getDecidingUnitCode());
				yield unit.getPartyOrganizationName() == null ? unit.getName() : unit.getPartyOrganizationName();
			}
		};
	}

	/** Who may take the action (SPEC §8.1, §2); the state is checked by the aggregate. */
	boolean mayAct(AccountabilityCase c, CurrentUser user, CaseAction action) {
		boolean unitCase = c.getJurisdictionLevel() == JurisdictionLevel.UNIT;
		boolean office = user.roles().stream().anyMatch(OFFICE::contains);
		boolean director = user.hasRole(Role.OFFICE_DIRECTOR);
		boolean decidingPrincipal = unitCase && user.hasRole(Role.UNIT_PRINCIPAL)
				&& c.getDecidingUnitCode().equals(user.unitCode());
		return switch (action) {
			case RESOLVE_PROPOSALS, TAKE_OVER -> office;
			case RECORD_DEFENCE -> office || decidingPrincipal;
			case INVESTIGATE, PROPOSE, APPEAL -> unitCase ? decidingPrincipal : office;
			case REFER -> office && c.getJurisdictionLevel() == JurisdictionLevel.CITY;
			case DECIDE, DECIDE_APPEAL, NOT_PURSUE, CLOSE -> unitCase ? decidingPrincipal : director;
		};
	}

	private void requireMay(AccountabilityCase c, CurrentUser user, CaseAction action) {
		if (!mayAct(c, user, action)) {
			throw DomainException.forbidden("role may not " + action + " on this case");
		}
	}

	private AccountabilityCase visible(String id, CurrentUser user) {
		return parse(id).flatMap(cases::findById).filter(c -> maySee(c, user)).orElseThrow(AccountabilityCases::notFound);
	}

	/** District roles see every case; a unit principal the UNIT cases its unit decides or decided before a takeover. */
	static boolean maySee(AccountabilityCase c, CurrentUser user) {
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER)) {
			return true;
		}
		return user.hasRole(Role.UNIT_PRINCIPAL) && user.unitCode() != null
				&& ((c.getJurisdictionLevel() == JurisdictionLevel.UNIT && user.unitCode().equals(c.getDecidingUnitCode()))
						|| user.unitCode().equals(c.getTakenOverFrom()));
	}

	static boolean maySeeReports(CurrentUser user) {
		return user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);
	}

	private CaseView viewFor(AccountabilityCase c, CurrentUser user) {
		CaseView view = viewOf(c);
		return maySeeReports(user) ? view : view.withoutReports();
	}

	// --- the list -----------------------------------------------------------------------------

	/** The cases the current user sees, filtered; for unit principals without their reports. */
	public Page<CaseView> search(CaseFilter filter, Pageable pageable) {
		CurrentUser user = requireRole(READERS);
		boolean reportsVisible = maySeeReports(user);
		return cases.findAll(specOf(filter, user, calendar.today()), pageable)
			.map(c -> reportsVisible ? viewOf(c) : viewOf(c).withoutReports());
	}

	/** Pushes every case of the filtered list to {@code sink}, oldest first, for the .xlsx export. */
	public void forEach(CaseFilter filter, Consumer<CaseView> sink) {
		CurrentUser user = requireRole(READERS);
		boolean reportsVisible = maySeeReports(user);
		Specification<AccountabilityCase> spec = specOf(filter, user, calendar.today());
		int page = 0;
		Page<AccountabilityCase> batch;
		do {
			batch = cases.findAll(spec, PageRequest.of(page++, 200, Sort.by(Sort.Order.asc("id"))));
			batch.getContent().forEach(c -> sink.accept(reportsVisible ? viewOf(c) : viewOf(c).withoutReports()));
		}
		while (batch.hasNext());
	}

	/** Undecided cases the user sees (home figure). */
	public long countUndecided(CurrentUser user) {
		if (user.roles().stream().noneMatch(READERS::contains)) {
			return 0;
		}
		return cases.count(specOf(new CaseFilter(null, null, null, null, null), user, calendar.today())
			.and((root, q, cb) -> root.get("status").in(UNDECIDED)));
	}

	/** UNIT cases past their reporting deadline, not taken over (home figure of the office; 0 for anyone else). */
	public long countUnitReportsOverdue(CurrentUser user) {
		if (user.roles().stream().noneMatch(OFFICE::contains)) {
			return 0;
		}
		LocalDate today = calendar.today();
		return cases.count(specOf(new CaseFilter(null, null, null, null, true), user, today));
	}

	private static Specification<AccountabilityCase> specOf(CaseFilter f, CurrentUser user, LocalDate today) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER)) {
				if (user.unitCode() == null) {
					where.add(cb.disjunction());
				}
				else {
					where.add(cb.or(
							cb.and(cb.equal(root.get("jurisdictionLevel"), JurisdictionLevel.UNIT),
									cb.equal(root.get("decidingUnitCode"), user.unitCode())),
							cb.equal(root.get("takenOverFrom"), user.unitCode())));
				}
			}
			if (f.status() != null) {
				where.add(cb.equal(root.get("status"), f.status()));
			}
			if (f.jurisdiction() != null) {
				where.add(cb.equal(root.get("jurisdictionLevel"), f.jurisdiction()));
			}
			if (f.unitCode() != null) {
				where.add(cb.or(cb.equal(root.get("subjectUnitCode"), f.unitCode()),
						cb.equal(root.get("decidingUnitCode"), f.unitCode())));
			}
			if (f.cadreNo() != null) {
				where.add(cb.equal(root.get("subjectCadreNo"), f.cadreNo()));
			}
			CaseDrill drill = f.drill();
			if (drill.isActive()) {
				// as the statistics (decisionsBetween without the revoked ones)
				where.add(root.get("status").in(CaseStatus.DECIDED, CaseStatus.CLOSED));
				where.add(cb.isNull(root.get("revokedOn")));
			}
			if (drill.decidedFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("decidedOn"), drill.decidedFrom()));
			}
			if (drill.decidedTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("decidedOn"), drill.decidedTo()));
			}
			if (drill.fourForm() != null) {
				where.add(cb.equal(root.get("fourForm"), drill.fourForm()));
			}
			if (drill.form() != null) {
				Subquery<Long> withForm = query.subquery(Long.class);
				Root<AccountabilityCase> c = withForm.from(AccountabilityCase.class);
				Join<AccountabilityCase, Form> form = c.join("forms");
				withForm.select(c.get("id")).where(cb.equal(c.get("id"), root.get("id")), cb.equal(form, drill.form()));
				where.add(cb.exists(withForm));
			}
			if (Boolean.TRUE.equals(f.overdue())) {
				where.add(cb.equal(root.get("jurisdictionLevel"), JurisdictionLevel.UNIT));
				where.add(cb.isNull(root.get("takenOverFrom")));
				where.add(root.get("status").in(UNDECIDED));
				where.add(cb.lessThan(root.get("unitReportDueOn"), today));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	// --- candidates (问责线索) ------------------------------------------------------------------

	/** Records a flagged assignment as a candidate, once per assignment and reason. */
	@Transactional
	void flagged(AssignmentFlagged event) {
		if (candidates.existsByAssignmentIdAndReason(event.assignmentId(), event.reason())) {
			return;
		}
		Candidate candidate = candidates.save(new Candidate(event.assignmentId(), event.kind(), event.sourceId(),
				event.unitCode(), event.reason(), event.flaggedOn()));
		audit.recordAs("system", "CASE_CANDIDATE_RECORDED", "AccountabilityCandidate", String.valueOf(candidate.getId()),
				"assignment=" + event.assignmentId() + " reason=" + event.reason());
	}

	/** The open candidates, oldest flag first (the office). */
	public List<CandidateView> openCandidates() {
		requireOffice();
		return candidates.findByStatusOrderByFlaggedOnAscIdAsc(CandidateStatus.OPEN).stream().map(this::candidateView)
			.toList();
	}

	/** The open candidates, oldest flag first, a page of them (the office; API.md's list). */
	public Page<CandidateView> openCandidates(Pageable pageable) {
		requireOffice();
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Order.asc("flaggedOn"), Sort.Order.asc("id")));
		return candidates.findByStatus(CandidateStatus.OPEN, ordered).map(this::candidateView);
	}

	public long countOpenCandidates() {
		return candidates.countByStatus(CandidateStatus.OPEN);
	}

	/** One candidate with its problem and suggested subjects (the office); CANDIDATE_NOT_FOUND otherwise. */
	public CandidateView candidate(String id) {
		requireOffice();
		return candidateView(loadCandidate(id));
	}

	/** Dismisses a candidate with a written reason (the office). */
	@Transactional
	public CandidateView dismissCandidate(String id, String reason) {
		CurrentUser user = requireOffice();
		String text = requireText(reason, "reason");
		Candidate candidate = loadCandidate(id);
		candidate.dismiss(text, user.username(), calendar.today());
		candidates.save(candidate);
		audit.record("CASE_CANDIDATE_DISMISSED", "AccountabilityCandidate", String.valueOf(candidate.getId()),
				"assignment=" + candidate.getAssignmentId());
		return candidateView(candidate);
	}

	private Candidate loadCandidate(String id) {
		return parse(id).flatMap(candidates::findById)
			.orElseThrow(() -> DomainException.notFound("CANDIDATE_NOT_FOUND", "candidate not found"));
	}

	private CandidateView candidateView(Candidate c) {
		String problemId = null;
		String description = null;
		List<String> suggested = List.of();
		if (c.getAssignmentKind() == AssignmentKind.PROBLEM && c.getSourceId() != null && problems.maySee(c.getSourceId())) {
			ProblemView problem = problems.get(c.getSourceId());
			problemId = c.getSourceId();
			description = problem.problem().getDescription();
			suggested = problem.problem().getResponsibleCadreNos();
		}
		return new CandidateView(String.valueOf(c.getId()), c.getAssignmentId(), c.getAssignmentKind(), c.getSourceId(),
				c.getUnitCode(), c.getReason(), c.getFlaggedOn(), c.getStatus(),
				c.getCaseId() == null ? null : String.valueOf(c.getCaseId()), c.getDismissalReason(), problemId,
				description, suggested);
	}

	/** Resolves the candidate a case was opened from, with every other open candidate of the same assignment. */
	private void resolveCandidate(Candidate candidate, AccountabilityCase c, CurrentUser user) {
		for (Candidate same : candidates.findByAssignmentIdAndStatus(candidate.getAssignmentId(), CandidateStatus.OPEN)) {
			same.caseOpened(c.getId(), user.username(), calendar.today());
			candidates.save(same);
			audit.record("CASE_CANDIDATE_OPENED", "AccountabilityCandidate", String.valueOf(same.getId()),
					"case=" + c.getId());
		}
	}

	// --- helpers ------------------------------------------------------------------------------

	CaseView viewOf(AccountabilityCase c) {
		return CaseView.of(c, calendar.today());
	}

	AccountabilityCase load(String id) {
		return parse(id).flatMap(cases::findById).orElseThrow(AccountabilityCases::notFound);
	}

	/** The current user if of the office (OFFICER, OFFICE_DIRECTOR); otherwise FORBIDDEN (403). */
	public CurrentUser requireOfficeForPages() {
		return requireOffice();
	}

	CurrentUser requireOffice() {
		return requireRole(OFFICE);
	}

	CurrentUser requireRole(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (user.roles().stream().noneMatch(roles::contains)) {
			throw DomainException.forbidden("role may not do this");
		}
		return user;
	}

	static String requireText(String text, String field) {
		if (text == null || text.isBlank()) {
			throw DomainException.validation(field, "required");
		}
		if (text.strip().length() > 2000) {
			throw DomainException.validation(field, "at most 2000 characters");
		}
		return text.strip();
	}

	static Set<String> distinct(List<String> values) {
		return new LinkedHashSet<>(values);
	}

	static String id(AccountabilityCase c) {
		return String.valueOf(c.getId());
	}

	static Optional<Long> parse(String id) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}

	static DomainException proposalNotFound() {
		return DomainException.notFound("PROPOSAL_NOT_FOUND", "proposal not found");
	}

	static DomainException notFound() {
		return DomainException.notFound("CASE_NOT_FOUND", "accountability case not found");
	}
}
