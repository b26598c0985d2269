package org.ducha.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Predicate;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.FlagReason;
import org.ducha.assignment.NewAssignment;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem list (问题清单, SPEC §6.1). The office (OFFICER, OFFICE_DIRECTOR) creates a problem and
 * hands it to the unit as an assignment of kind PROBLEM, due 20 working days after issue unless
 * told otherwise; a new problem that repeats one closed within 12 months ({@link RecurrencePolicy})
 * is linked to it and its assignment flagged. Readers are the district roles and the unit roles;
 * a unit role sees only the problems of its unit and the units below (anything else answers
 * PROBLEM_NOT_FOUND, 404, as if absent). Every change is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Problems {

	static final Set<Role> ISSUERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL,
			Role.UNIT_LIAISON);
	static final int DEFAULT_DUE_WORKING_DAYS = 20;
	static final int MAX_DUE_WORKING_DAYS = 250;
	static final String AUDIT_TYPE = "Problem";

	private final ProblemRepository problems;
	private final ReportLeadRepository leads;
	private final ProblemIdempotency idempotency;
	private final Assignments assignments;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Campaigns campaigns;
	private final WorkingCalendar calendar;
	private final AccessControl access;
	private final AuditLog audit;
	private final Clock clock;

	Problems(ProblemRepository problems, ReportLeadRepository leads, ProblemIdempotency idempotency,
			Assignments assignments, Organization organization, Taxonomies taxonomies, Campaigns campaigns,
			WorkingCalendar calendar, AccessControl access, AuditLog audit, Clock clock) {
		this.problems = problems;
		this.leads = leads;
		this.idempotency = idempotency;
		this.assignments = assignments;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.campaigns = campaigns;
		this.calendar = calendar;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	// --- creation -----------------------------------------------------------------------------

	/** Creates a problem and hands it to its unit (OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public ProblemView create(NewProblem draft) {
		return create(draft, null);
	}

	/**
	 * {@link #create(NewProblem)} with an {@code Idempotency-Key}: the same key from the same user
	 * within 24 hours returns the problem first created and creates nothing.
	 */
	@Transactional
	public ProblemView create(NewProblem draft, String idempotencyKey) {
		CurrentUser user = requireIssuer();
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<Problem> earlier = idempotency.find(user.username(), key, now).flatMap(problems::findById);
			if (earlier.isPresent()) {
				return viewOf(earlier.get());
			}
		}
		ProblemView created = issue(draft, null, null, user);
		if (key != null) {
			idempotency.remember(user.username(), key, created.problem().getId(), now);
		}
		return created;
	}

	/** Checks a draft without saving it: VALIDATION_FAILED listing every offending field. */
	public void validate(NewProblem draft) {
		List<DomainException.FieldError> errors = errorsOf(draft);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	/** Creates a problem from an inspection finding or a self-examination item (called by their services). */
	@Transactional
	ProblemView issueFrom(NewProblem draft, Long findingId, Long selfExaminationItemId) {
		return issue(draft, findingId, selfExaminationItemId, requireIssuer());
	}

	private ProblemView issue(NewProblem draft, Long findingId, Long selfExaminationItemId, CurrentUser user) {
		validate(draft);
		LocalDate today = calendar.today();
		LocalDate issuedOn = draft.issuedOn() == null ? today : draft.issuedOn();
		int dueIn = draft.dueInWorkingDays() == null ? DEFAULT_DUE_WORKING_DAYS : draft.dueInWorkingDays();
		ReportLead lead = draft.reportId() == null ? null : leads.findById(draft.reportId().strip()).orElseThrow();
		Long campaignId = draft.campaignId() != null ? draft.campaignId()
				: lead != null && lead.getCampaignId() != null ? lead.getCampaignId()
						: campaignFor(draft.unitCode(), issuedOn).map(Campaign::getId).orElse(null);
		String unitCode = draft.unitCode().strip();
		String categoryCode = draft.categoryCode().strip();
		Problem earlier = RecurrencePolicy.repeatedBy(unitCode, categoryCode, issuedOn,
				problems.findClosedSince(unitCode, categoryCode, RecurrencePolicy.earliestClosing(issuedOn))).orElse(null);
		Problem.Record record = new Problem.Record(unitCode, categoryCode, draft.description().strip(),
				blankToNull(draft.measures()), draft.severity(), draft.source(), issuedOn, campaignId,
				draft.responsibleCadreNos(), lead == null ? null : lead.getReportId(), findingId, selfExaminationItemId);
		Problem problem = problems.saveAndFlush(Problem.find(record, earlier, user.username(), Instant.now(clock)));
		String instructions = problem.getMeasures() == null ? problem.getDescription()
				: problem.getDescription() + "\n" + problem.getMeasures();
		AssignmentView assignment = assignments.issue(new NewAssignment(AssignmentKind.PROBLEM, id(problem), unitCode,
				null, null, instructions, issuedOn, calendar.addWorkingDays(issuedOn, dueIn), Map.of()), user.username());
		problem.handOver(assignment.id());
		problems.save(problem);
		if (lead != null) {
			lead.convertedInto(problem.getId());
		}
		audit.record("PROBLEM_CREATED", AUDIT_TYPE, id(problem), "unit=" + unitCode + " category=" + categoryCode
				+ " source=" + draft.source() + " assignment=" + assignment.id()
				+ (earlier == null ? "" : " recurrenceOf=" + earlier.getId()));
		if (earlier != null) {
			assignments.flag(assignment.id(), FlagReason.RECURRENCE, today);
			audit.record("PROBLEM_RECURRENCE_FLAGGED", AUDIT_TYPE, id(problem), "recurrenceOf=" + earlier.getId());
			return new ProblemView(problem, assignments.find(assignment.id()).orElse(assignment));
		}
		return new ProblemView(problem, assignment);
	}

	private List<DomainException.FieldError> errorsOf(NewProblem d) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (d == null) {
			return List.of(new DomainException.FieldError("unitCode", "required"));
		}
		if (d.unitCode() == null || d.unitCode().isBlank()) {
			errors.add(new DomainException.FieldError("unitCode", "required"));
		}
		else if (organization.findUnit(d.unitCode().strip()).isEmpty()) {
			errors.add(new DomainException.FieldError("unitCode", "unknown unit"));
		}
		if (d.categoryCode() == null || d.categoryCode().isBlank()) {
			errors.add(new DomainException.FieldError("categoryCode", "required"));
		}
		else if (!taxonomies.isActiveCategory(d.categoryCode().strip())) {
			errors.add(new DomainException.FieldError("categoryCode", "unknown or retired category"));
		}
		if (d.severity() == null) {
			errors.add(new DomainException.FieldError("severity", "required"));
		}
		if (d.source() == null) {
			errors.add(new DomainException.FieldError("source", "required"));
		}
		if (d.description() == null || d.description().isBlank()) {
			errors.add(new DomainException.FieldError("description", "required"));
		}
		else if (d.description().strip().length() > 4000) {
			errors.add(new DomainException.FieldError("description", "at most 4000 characters"));
		}
		if (d.measures() != null && d.measures().strip().length() > 4000) {
			errors.add(new DomainException.FieldError("measures", "at most 4000 characters"));
		}
		if (d.responsibleCadreNos().size() > 20) {
			errors.add(new DomainException.FieldError("responsibleCadreNos", "at most 20 cadres"));
		}
		Map<String, Cadre> cadres = organization.cadresByNo(d.responsibleCadreNos());
		for (int i = 0; i < d.responsibleCadreNos().size(); i++) {
			if (!cadres.containsKey(d.responsibleCadreNos().get(i))) {
				errors.add(new DomainException.FieldError("responsibleCadreNos[" + i + "]", "unknown cadre"));
			}
		}
		if (d.reportId() != null && !d.reportId().isBlank() && leads.findById(d.reportId().strip()).isEmpty()) {
			errors.add(new DomainException.FieldError("reportId", "no substantiated concluded report with this id"));
		}
		if (d.source() == ProblemSource.REPORT && (d.reportId() == null || d.reportId().isBlank())) {
			errors.add(new DomainException.FieldError("reportId", "required for source REPORT"));
		}
		if (d.dueInWorkingDays() != null && (d.dueInWorkingDays() < 1 || d.dueInWorkingDays() > MAX_DUE_WORKING_DAYS)) {
			errors.add(new DomainException.FieldError("dueInWorkingDays", "between 1 and " + MAX_DUE_WORKING_DAYS));
		}
		if (d.issuedOn() != null && d.issuedOn().isAfter(calendar.today())) {
			errors.add(new DomainException.FieldError("issuedOn", "not after today"));
		}
		if (d.campaignId() != null && campaigns.find(d.campaignId()).isEmpty()) {
			errors.add(new DomainException.FieldError("campaignId", "unknown campaign"));
		}
		return errors;
	}

	private Optional<Campaign> campaignFor(String unitCode, LocalDate on) {
		return campaigns.all().stream()
			.filter(c -> !on.isBefore(c.getStartDate()) && (c.getEndDate() == null || !on.isAfter(c.getEndDate())))
			.filter(c -> c.includesUnit(unitCode))
			.min(Comparator.comparing(Campaign::getStartDate).reversed().thenComparing(Campaign::getId));
	}

	// --- reading ------------------------------------------------------------------------------

	/** The problem with its assignment, if the current user may see it; otherwise PROBLEM_NOT_FOUND (404). */
	public ProblemView get(String id) {
		return viewOf(visible(id, requireReader()));
	}

	/** The problem for its page: assignment, recurrence links both ways, and for the office its report lead. */
	public ProblemDetails details(String id) {
		CurrentUser user = requireReader();
		Problem problem = visible(id, user);
		DataScope scope = access.scopeOf(user);
		Problem earlier = problem.getRecurrenceOfId() == null ? null
				: problems.findById(problem.getRecurrenceOfId()).filter(p -> scope.coversUnit(p.getUnitCode())).orElse(null);
		List<Problem> later = problems.findByRecurrenceOfIdOrderByIdAsc(problem.getId()).stream()
			.filter(p -> scope.coversUnit(p.getUnitCode()))
			.toList();
		ReportLead lead = problem.getReportId() != null && isOffice(user)
				? leads.findById(problem.getReportId()).orElse(null) : null;
		problem.getResponsibleCadreNos();
		return new ProblemDetails(problem, assignmentOf(problem), earlier, later, lead);
	}

	/** Whether the current user may see the problem with this id (the same answer for absent and hidden). */
	public boolean maySee(String id) {
		Optional<CurrentUser> user = access.findCurrentUser();
		return user.isPresent() && user.get().roles().stream().anyMatch(READERS::contains)
				&& parse(id).flatMap(problems::findById).filter(p -> access.scopeOf(user.get()).coversUnit(p.getUnitCode()))
					.isPresent();
	}

	/** The problems the current user sees, filtered, with their assignments. */
	public Page<ProblemView> search(ProblemFilter filter, Pageable pageable) {
		CurrentUser user = requireReader();
		Specification<Problem> spec = specOf(filter, access.scopeOf(user));
		if (filter.light() == null) {
			return problems.findAll(spec, pageable).map(this::viewOf);
		}
		List<ProblemView> matching = problems.findAll(spec, pageable.getSortOr(defaultSort())).stream()
			.map(this::viewOf)
			.filter(v -> v.assignment() != null && Objects.equals(String.valueOf(v.assignment().light()),
					filter.light().name()))
			.toList();
		int from = (int) Math.min(pageable.getOffset(), matching.size());
		int to = Math.min(from + pageable.getPageSize(), matching.size());
		return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
	}

	/** Pushes every problem of the filtered list to {@code sink}, oldest first, for the .xlsx export. */
	public void forEach(ProblemFilter filter, Consumer<ProblemView> sink) {
		CurrentUser user = requireReader();
		Specification<Problem> spec = specOf(filter, access.scopeOf(user));
		int page = 0;
		Page<Problem> batch;
		do {
			batch = problems.findAll(spec, org.springframework.data.domain.PageRequest.of(page++, 200,
					Sort.by(Sort.Order.asc("foundOn"), Sort.Order.asc("id"))));
			batch.getContent().stream()
				.map(this::viewOf)
				.filter(v -> filter.light() == null || (v.assignment() != null
						&& Objects.equals(String.valueOf(v.assignment().light()), filter.light().name())))
				.forEach(sink);
		}
		while (batch.hasNext());
	}

	/** Open problems (not closed out) the user sees: for home figures. */
	public long countOpen(CurrentUser user) {
		if (user.roles().stream().noneMatch(READERS::contains)) {
			return 0;
		}
		DataScope scope = access.scopeOf(user);
		if (scope.districtWide()) {
			return problems.countByStatusNot(ProblemStatus.CLOSED);
		}
		return scope.unitCodes().isEmpty() ? 0
				: problems.countByUnitCodeInAndStatusNot(scope.unitCodes(), ProblemStatus.CLOSED);
	}

	/** Concluded, substantiated reports that still wait for a problem (the office only). */
	public List<ReportLead> reportLeads() {
		requireIssuer();
		return leads.findByProblemIdIsNullOrderByConcludedOnAscReportIdAsc();
	}

	/** The report lead with this report id (the office only), for the prefilled form. */
	public Optional<ReportLead> reportLead(String reportId) {
		requireIssuer();
		return reportId == null ? Optional.empty() : leads.findById(reportId.strip());
	}

	public long countReportLeads() {
		return leads.countByProblemIdIsNull();
	}

	static Sort defaultSort() {
		return Sort.by(Sort.Order.desc("foundOn"), Sort.Order.desc("id"));
	}

	private Specification<Problem> specOf(ProblemFilter f, DataScope scope) {
		java.util.Set<String> categories = f.categoryCode() == null ? null
				: f.drill().isWithSubcategories() ? taxonomies.codesUnder(f.categoryCode()) : java.util.Set.of(f.categoryCode());
		ProblemDrill drill = f.drill();
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.districtWide()) {
				where.add(scope.unitCodes().isEmpty() ? cb.disjunction() : root.get("unitCode").in(scope.unitCodes()));
			}
			if (f.unitCode() != null) {
				where.add(cb.equal(root.get("unitCode"), f.unitCode()));
			}
			if (f.status() != null) {
				where.add(cb.equal(root.get("status"), f.status()));
			}
			if (f.severity() != null) {
				where.add(cb.equal(root.get("severity"), f.severity()));
			}
			if (f.source() != null) {
				where.add(cb.equal(root.get("source"), f.source()));
			}
			if (f.campaignId() != null) {
				where.add(cb.equal(root.get("campaignId"), f.campaignId()));
			}
			if (categories != null) {
				where.add(categories.isEmpty() ? cb.disjunction() : root.get("categoryCode").in(categories));
			}
			if (drill.foundFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("foundOn"), drill.foundFrom()));
			}
			if (drill.foundTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("foundOn"), drill.foundTo()));
			}
			if (drill.closedFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("closedOn"), drill.closedFrom()));
			}
			if (drill.closedTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("closedOn"), drill.closedTo()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	// --- following the assignment -------------------------------------------------------------

	/** The assignment was closed by its issuer: the problem is closed out (销号). */
	@Transactional
	void closeOut(String assignmentId, String problemId, LocalDate closedOn) {
		Optional<Problem> found = problems.findByAssignmentId(assignmentId)
			.or(() -> parse(problemId).flatMap(problems::findById));
		found.filter(p -> p.getStatus().isOpen()).ifPresent(problem -> {
			problem.closeOut(closedOn);
			problems.save(problem);
			audit.recordAs("system", "PROBLEM_CLOSED", AUDIT_TYPE, id(problem), "assignment=" + assignmentId);
		});
	}

	/** The unit reported progress on the assignment: the problem is being rectified. */
	@Transactional
	void progressReported(String assignmentId) {
		problems.findByAssignmentId(assignmentId).ifPresent(problem -> {
			if (problem.startRectifying()) {
				problems.save(problem);
				audit.recordAs("system", "PROBLEM_RECTIFYING", AUDIT_TYPE, id(problem), "assignment=" + assignmentId);
			}
		});
	}

	/** Remembers a concluded, substantiated report as waiting for a problem (once per report). */
	@Transactional
	void reportConcluded(ReportLead lead) {
		if (!leads.existsById(lead.getReportId())) {
			leads.save(lead);
			audit.recordAs("system", "PROBLEM_REPORT_LEAD_RECORDED", AUDIT_TYPE, lead.getReportId(), "report=" + lead.getReportId());
		}
	}

	List<Problem> fromReport(String reportId) {
		return problems.findByReportIdOrderByIdAsc(reportId);
	}

	// --- helpers ------------------------------------------------------------------------------

	ProblemView viewOf(Problem problem) {
		problem.getResponsibleCadreNos();
		return new ProblemView(problem, assignmentOf(problem));
	}

	private AssignmentView assignmentOf(Problem problem) {
		return problem.getAssignmentId() == null ? null : assignments.find(problem.getAssignmentId()).orElse(null);
	}

	private Problem visible(String id, CurrentUser user) {
		DataScope scope = access.scopeOf(user);
		return parse(id).flatMap(problems::findById)
			.filter(p -> scope.coversUnit(p.getUnitCode()))
			.orElseThrow(Problems::notFound);
	}

	/** The current user if they may create problems; otherwise FORBIDDEN (403). */
	public CurrentUser requireIssuerForPages() {
		return requireIssuer();
	}

	CurrentUser requireIssuer() {
		return requireRole(ISSUERS);
	}

	CurrentUser requireReader() {
		return requireRole(READERS);
	}

	CurrentUser requireRole(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (user.roles().stream().noneMatch(roles::contains)) {
			throw DomainException.forbidden("role may not do this");
		}
		return user;
	}

	static boolean isOffice(CurrentUser user) {
		return user.roles().stream().anyMatch(ISSUERS::contains) || user.hasRole(Role.LEADER);
	}

	static String id(Problem problem) {
		return String.valueOf(problem.getId());
	}

	static Optional<Long> parse(String id) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}

	static DomainException notFound() {
		return DomainException.notFound("PROBLEM_NOT_FOUND", "problem not found");
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
