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

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.intake.Reports;
import org.ducha.organization.Cadre;
import org.ducha.organization.Jurisdiction;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.Problems;
import org.ducha.shared.DomainException;
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
 * decision, OFFICE_DIRECTOR).</li>
 * </ul>
 * Proposals are resolved by the office. LEADER reads every case; a unit principal reads the UNIT cases its unit
 * decides (or decided before a takeover), never their reports; anyone else gets CASE_NOT_FOUND (404) or FORBIDDEN.
 * The methods without a user check ({@link #find}, {@link #get}, {@link #decisionsOf}, {@link #decisionsBetween},
 * {@link #openCasesNaming}, {@link #isUndecided}, {@link #exempt}, {@link #recordMitigation}) are for other modules,
 * which check their own callers.
 */
@Service
@Transactional(readOnly = true)
public class AccountabilityCases {

	static final int UNIT_REPORT_WORKING_DAYS = 20;
	static final String AUDIT_TYPE = "AccountabilityCase";
	static final Set<Role> OFFICE = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
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

	AccountabilityCases(AccountabilityCaseRepository cases, Organization organization, Problems problems,
			Reports reports, AccessControl access, WorkingCalendar calendar, AuditLog audit, Clock clock) {
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
		CurrentUser user = requireOffice();
		return viewOf(openCase(draft, null, user));
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
		List<DomainException.FieldError> errors = errorsOf(draft, user);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		LocalDate today = calendar.today();
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
		LocalDate dueOn = jurisdiction.level() == JurisdictionLevel.UNIT
				? calendar.addWorkingDays(today, UNIT_REPORT_WORKING_DAYS) : null;
		AccountabilityCase c = cases.saveAndFlush(AccountabilityCase.open(subject, basis, draft.facts().strip(),
				jurisdiction, origin == null ? null : origin.getId(), today, dueOn, proposals, user.username(), now));
		c.announceOpened();
		cases.save(c);
		audit.record("CASE_OPENED", AUDIT_TYPE, id(c), "subject=" + (subject.cadreNo() != null ? subject.cadreNo()
				: "PARTY_ORGANIZATION:" + subject.unitCode()) + " jurisdiction=" + jurisdiction.level()
				+ (jurisdiction.decidingUnitCode() == null ? "" : ":" + jurisdiction.decidingUnitCode())
				+ " proposals=" + proposals.size() + (origin == null ? "" : " origin=" + origin.getId()));
		return c;
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

	// --- for the fault-tolerance decision (no user check; the caller checks the office director) ----

	/** 免予问责 (e.g. 容错 EXEMPT); ILLEGAL_TRANSITION once decided or ended. */
	@Transactional
	public void exempt(String caseId, String reason) {
		AccountabilityCase c = load(caseId);
		c.exempt(requireText(reason, "reason"), actorName(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_EXEMPTED", AUDIT_TYPE, id(c), "reason recorded");
	}

	/** Records the 从轻/减轻 basis the decision then shows; ILLEGAL_TRANSITION once decided or ended. */
	@Transactional
	public void recordMitigation(String caseId, String basis) {
		AccountabilityCase c = load(caseId);
		c.recordMitigation(requireText(basis, "basis"), actorName(), Instant.now(clock));
		cases.save(c);
		audit.record("CASE_MITIGATION_RECORDED", AUDIT_TYPE, id(c), "basis recorded");
	}

	// --- helpers ------------------------------------------------------------------------------

	CaseView viewOf(AccountabilityCase c) {
		return CaseView.of(c, calendar.today());
	}

	AccountabilityCase load(String id) {
		return parse(id).flatMap(cases::findById).orElseThrow(AccountabilityCases::notFound);
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

	private String actorName() {
		return access.findCurrentUser().map(CurrentUser::username).orElse("system");
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

	static DomainException notFound() {
		return DomainException.notFound("CASE_NOT_FOUND", "accountability case not found");
	}
}
