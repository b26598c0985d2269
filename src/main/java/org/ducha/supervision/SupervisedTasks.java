package org.ducha.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.NewAssignment;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaigns;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.ducha.shared.DomainException.FieldError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervised tasks (督查督办, SPEC §7): creation with backward-scheduled milestones and one assignment
 * per unit, the list and chart with their lights, the task with its units' progress, targets and
 * late reports, milestone dates set by hand, completion when every unit's assignment is closed, and
 * the office's rating per unit. OFFICER and OFFICE_DIRECTOR create, edit and rate; LEADER reads
 * everything; a unit role reads the tasks its units take part in (any other task answers
 * TASK_NOT_FOUND, 404, as if absent); the other roles are refused (403).
 */
@Service
@Transactional(readOnly = true)
public class SupervisedTasks {

	static final Set<Role> MANAGERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL,
			Role.UNIT_LIAISON, Role.CADRE);
	static final String AUDIT_TYPE = "SupervisedTask";
	static final int MAX_MILESTONES = 30;
	static final int MAX_TARGETS = 10;
	static final int MAX_CO_UNITS = 30;

	private final SupervisedTaskRepository tasks;
	private final TaskProgressRepository progress;
	private final TaskAssignments assignments;
	private final Organization organization;
	private final Campaigns campaigns;
	private final AccessControl access;
	private final AuditLog audit;
	private final WorkingCalendar calendar;
	private final BackwardSchedule schedule;
	private final ReportingSchedule reporting;
	private final TaskIdempotency idempotency;
	private final Clock clock;

	SupervisedTasks(SupervisedTaskRepository tasks, TaskProgressRepository progress, TaskAssignments assignments,
			Organization organization, Campaigns campaigns, AccessControl access, AuditLog audit,
			WorkingCalendar calendar, TaskIdempotency idempotency, Clock clock) {
		this.tasks = tasks;
		this.idempotency = idempotency;
		this.progress = progress;
		this.assignments = assignments;
		this.organization = organization;
		this.campaigns = campaigns;
		this.access = access;
		this.audit = audit;
		this.calendar = calendar;
		this.schedule = new BackwardSchedule(calendar);
		this.reporting = new ReportingSchedule(calendar);
		this.clock = clock;
	}

	// --- creation ------------------------------------------------------------------------------

	/**
	 * Creates a task (OFFICER, OFFICE_DIRECTOR): milestone dates computed backwards from the deadline,
	 * then one assignment of kind TASK per unit (due on the final deadline, carrying the targets).
	 * VALIDATION_FAILED lists every offending field and saves nothing.
	 */
	@Transactional
	public SupervisedTask create(NewTask input) {
		return create(input, null);
	}

	/**
	 * {@link #create(NewTask)} with an {@code Idempotency-Key}: the same key from the same user within
	 * 24 hours returns the task first created and creates nothing.
	 */
	@Transactional
	public SupervisedTask create(NewTask input, String idempotencyKey) {
		CurrentUser user = requireRole(MANAGERS);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null) {
			Optional<SupervisedTask> earlier = idempotency.find(user.username(), key, Instant.now(clock))
				.flatMap(tasks::findById);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		SupervisedTask created = plan(input, user);
		if (key != null) {
			idempotency.remember(user.username(), key, created.getId(), Instant.now(clock));
		}
		return created;
	}

	private SupervisedTask plan(NewTask input, CurrentUser user) {
		LocalDate issuedOn = input.issuedOn() != null ? input.issuedOn() : calendar.today();
		validate(input, issuedOn);
		List<SupervisedTask.ScheduledMilestone> milestones = input.milestones().stream()
			.map(m -> new SupervisedTask.ScheduledMilestone(m.name().strip(), m.workingDaysBefore(),
					schedule.dateOf(input.deadline(), m.workingDaysBefore())))
			.toList();
		List<NewTarget> targets = input.targets().stream()
			.map(t -> new NewTarget(t.metric().strip(), t.measureUnit().strip(), t.targetValue()))
			.toList();
		SupervisedTask task = tasks.saveAndFlush(SupervisedTask.plan(new SupervisedTask.Plan(input.title().strip(),
				blankToNull(input.description()), input.source(), blankToNull(input.sourceName()),
				blankToNull(input.itemNumber()), input.source() == TaskSource.CAMPAIGN ? input.campaignId() : null,
				input.leadUnitCode(), input.coUnitCodes(), input.responsibleCadreNo(), issuedOn, input.deadline(),
				input.frequency(), targets, milestones, user.username(), Instant.now(clock))));
		Map<String, BigDecimal> metricTargets = new LinkedHashMap<>();
		targets.forEach(t -> metricTargets.put(t.metric(), t.targetValue()));
		String taskId = id(task);
		for (TaskUnit unit : task.getUnits()) {
			String assignmentId = assignments.issue(new NewAssignment(AssignmentKind.TASK, taskId, unit.getUnitCode(),
					null, null, instructions(task), issuedOn, task.getDeadline(), metricTargets), user.username());
			task.issuedTo(unit.getUnitCode(), assignmentId);
		}
		audit.record("TASK_CREATED", AUDIT_TYPE, taskId, "lead=" + task.getLeadUnitCode() + ", co="
				+ String.join(",", task.getCoUnitCodes()) + ", deadline=" + task.getDeadline() + ", milestones="
				+ milestones.size());
		return tasks.save(task).loaded();
	}

	private static String instructions(SupervisedTask task) {
		return task.getDescription() == null ? task.getTitle() : task.getTitle() + "\n" + task.getDescription();
	}

	/** Checks a task without saving it: VALIDATION_FAILED listing every offending field. */
	public void validate(NewTask input) {
		validate(input, input.issuedOn() != null ? input.issuedOn() : calendar.today());
	}

	private void validate(NewTask input, LocalDate issuedOn) {
		List<FieldError> errors = new ArrayList<>();
		if (isBlank(input.title())) {
			errors.add(new FieldError("title", "required"));
		}
		else if (input.title().strip().length() > 200) {
			errors.add(new FieldError("title", "at most 200 characters"));
		}
		if (input.description() != null && input.description().length() > 4000) {
			errors.add(new FieldError("description", "at most 4000 characters"));
		}
		if (input.source() == null) {
			errors.add(new FieldError("source", "required"));
		}
		else {
			switch (input.source()) {
				case DECISION -> {
					if (isBlank(input.sourceName())) {
						errors.add(new FieldError("sourceName", "required"));
					}
					if (isBlank(input.itemNumber())) {
						errors.add(new FieldError("itemNumber", "required"));
					}
				}
				case INSTRUCTION, KEY_PROJECT -> {
					if (isBlank(input.sourceName())) {
						errors.add(new FieldError("sourceName", "required"));
					}
				}
				case CAMPAIGN -> {
					if (input.campaignId() == null || campaigns.find(input.campaignId()).isEmpty()) {
						errors.add(new FieldError("campaignId", "unknown campaign"));
					}
				}
			}
		}
		if (input.sourceName() != null && input.sourceName().length() > 200) {
			errors.add(new FieldError("sourceName", "at most 200 characters"));
		}
		if (input.itemNumber() != null && input.itemNumber().length() > 40) {
			errors.add(new FieldError("itemNumber", "at most 40 characters"));
		}
		if (isBlank(input.leadUnitCode()) || organization.findUnit(input.leadUnitCode()).isEmpty()) {
			errors.add(new FieldError("leadUnitCode", "unknown unit"));
		}
		Set<String> seen = new HashSet<>();
		if (input.leadUnitCode() != null) {
			seen.add(input.leadUnitCode());
		}
		if (input.coUnitCodes().size() > MAX_CO_UNITS) {
			errors.add(new FieldError("coUnitCodes", "at most " + MAX_CO_UNITS));
		}
		for (int i = 0; i < input.coUnitCodes().size(); i++) {
			String code = input.coUnitCodes().get(i);
			if (organization.findUnit(code).isEmpty()) {
				errors.add(new FieldError("coUnitCodes[" + i + "]", "unknown unit"));
			}
			else if (!seen.add(code)) {
				errors.add(new FieldError("coUnitCodes[" + i + "]", "unit named twice"));
			}
		}
		if (isBlank(input.responsibleCadreNo()) || organization.findCadre(input.responsibleCadreNo()).isEmpty()) {
			errors.add(new FieldError("responsibleCadreNo", "unknown cadre"));
		}
		if (input.deadline() == null) {
			errors.add(new FieldError("deadline", "required"));
		}
		else if (!input.deadline().isAfter(issuedOn)) {
			errors.add(new FieldError("deadline", "must be after the issue date"));
		}
		if (input.frequency() == null) {
			errors.add(new FieldError("frequency", "required"));
		}
		if (input.targets().size() > MAX_TARGETS) {
			errors.add(new FieldError("targets", "at most " + MAX_TARGETS));
		}
		Set<String> metrics = new HashSet<>();
		for (int i = 0; i < input.targets().size(); i++) {
			NewTarget t = input.targets().get(i);
			if (isBlank(t.metric()) || t.metric().strip().length() > 100) {
				errors.add(new FieldError("targets[" + i + "].metric", "required, at most 100 characters"));
			}
			else if (!metrics.add(t.metric().strip())) {
				errors.add(new FieldError("targets[" + i + "].metric", "metric named twice"));
			}
			if (isBlank(t.measureUnit()) || t.measureUnit().strip().length() > 40) {
				errors.add(new FieldError("targets[" + i + "].measureUnit", "required, at most 40 characters"));
			}
			if (t.targetValue() == null || t.targetValue().signum() <= 0 || t.targetValue().scale() > 4
					|| t.targetValue().precision() - t.targetValue().scale() > 15) {
				errors.add(new FieldError("targets[" + i + "].targetValue", "a positive number"));
			}
		}
		if (input.milestones().size() > MAX_MILESTONES) {
			errors.add(new FieldError("milestones", "at most " + MAX_MILESTONES));
		}
		for (int i = 0; i < input.milestones().size(); i++) {
			NewMilestone m = input.milestones().get(i);
			if (isBlank(m.name()) || m.name().strip().length() > 200) {
				errors.add(new FieldError("milestones[" + i + "].name", "required, at most 200 characters"));
			}
			if (m.workingDaysBefore() == null || m.workingDaysBefore() < 0 || m.workingDaysBefore() > 2000) {
				errors.add(new FieldError("milestones[" + i + "].workingDaysBefore", "0 to 2000 working days"));
			}
			else if (input.deadline() != null && input.deadline().isAfter(issuedOn)
					&& schedule.dateOf(input.deadline(), m.workingDaysBefore()).isBefore(issuedOn)) {
				errors.add(new FieldError("milestones[" + i + "].workingDaysBefore", "falls before the issue date"));
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	/**
	 * The backward schedule of a deadline: the date of each working-day distance before it. Bad
	 * input answers VALIDATION_FAILED.
	 */
	public List<LocalDate> schedule(LocalDate deadline, List<Integer> workingDaysBefore) {
		requireRole(READERS);
		List<FieldError> errors = new ArrayList<>();
		if (deadline == null) {
			errors.add(new FieldError("deadline", "required"));
		}
		if (workingDaysBefore == null || workingDaysBefore.size() > MAX_MILESTONES) {
			errors.add(new FieldError("offsets", "1 to " + MAX_MILESTONES + " working-day distances"));
		}
		else {
			for (int i = 0; i < workingDaysBefore.size(); i++) {
				Integer n = workingDaysBefore.get(i);
				if (n == null || n < 0 || n > 2000) {
					errors.add(new FieldError("offsets[" + i + "]", "0 to 2000 working days"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		return schedule.datesOf(deadline, workingDaysBefore);
	}

	// --- reading -------------------------------------------------------------------------------

	public Page<SupervisedTask> search(TaskFilter filter, Pageable pageable) {
		CurrentUser user = requireRole(READERS);
		Page<SupervisedTask> page = tasks.findAll(specification(filter, access.scopeOf(user)), pageable);
		page.forEach(SupervisedTask::loaded);
		return page;
	}

	/** Every task matching the filter in the caller's scope, by deadline (the chart and the export). */
	public List<SupervisedTask> all(TaskFilter filter) {
		CurrentUser user = requireRole(READERS);
		List<SupervisedTask> found = tasks.findAll(specification(filter, access.scopeOf(user)),
				Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id")));
		found.forEach(SupervisedTask::loaded);
		return found;
	}

	public SupervisedTask require(String id) {
		CurrentUser user = requireRole(READERS);
		SupervisedTask task = parse(id).flatMap(tasks::findById)
			.orElseThrow(() -> DomainException.notFound("TASK_NOT_FOUND", "no such task"));
		if (!visible(task, access.scopeOf(user))) {
			throw DomainException.notFound("TASK_NOT_FOUND", "no such task");
		}
		return task.loaded();
	}

	public TaskDetails view(String id) {
		return details(require(id));
	}

	/** The light of the final deadline as of today; null once the task is completed. */
	public TrafficLight lightOf(SupervisedTask task) {
		return task.getStatus() == TaskStatus.IN_PROGRESS ? calendar.trafficLight(task.getDeadline()) : null;
	}

	/** A milestone's light as of today; null once it is done. */
	public TrafficLight lightOf(Milestone milestone) {
		return milestone.isDone() ? null : calendar.trafficLight(milestone.getDueOn());
	}

	private TaskDetails details(SupervisedTask task) {
		LocalDate today = calendar.today();
		List<TaskProgress> reports = progress.findByTaskIdOrderByReportedOnAscIdAsc(task.getId());
		List<TaskDetails.UnitPart> parts = new ArrayList<>();
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		for (TaskUnit unit : task.getUnits()) {
			List<TaskProgress> own = reports.stream().filter(p -> p.getUnitCode().equals(unit.getUnitCode())).toList();
			Map<String, BigDecimal> latest = new LinkedHashMap<>();
			own.forEach(p -> latest.putAll(p.getMetricValues()));
			latest.forEach((metric, value) -> totals.merge(metric, value, BigDecimal::add));
			List<LocalDate> missed = reporting.missed(task.getFrequency(), task.getIssuedOn(), unit.getClosedOn(),
					own.stream().map(TaskProgress::getReportedOn).toList(), today);
			UnitAssignment assignment = unit.getAssignmentId() == null ? null
					: assignments.find(unit.getAssignmentId()).orElse(null);
			parts.add(new TaskDetails.UnitPart(unit, assignment, Map.copyOf(latest), missed));
		}
		List<TaskDetails.MilestoneState> milestones = task.milestonesByDate().stream()
			.map(m -> new TaskDetails.MilestoneState(m, lightOf(m)))
			.toList();
		List<TaskDetails.TargetState> targets = task.getTargets().stream().map(t -> {
			BigDecimal value = totals.getOrDefault(t.getMetric(), BigDecimal.ZERO);
			int percent = value.multiply(BigDecimal.valueOf(100))
				.divide(t.getTargetValue(), 0, RoundingMode.DOWN)
				.min(BigDecimal.valueOf(999))
				.intValue();
			return new TaskDetails.TargetState(t, value, percent);
		}).toList();
		List<LocalDate> next = task.getStatus() == TaskStatus.IN_PROGRESS
				? reporting.reportingDates(task.getFrequency(), task.getIssuedOn(), task.getDeadline().plusYears(1))
					.stream().filter(d -> !d.isBefore(today)).limit(3).toList()
				: List.of();
		return new TaskDetails(task, lightOf(task), parts, milestones, targets, reports, next);
	}

	/**
	 * The completion ratings of units rated between the two dates (inclusive), for the unit ranking:
	 * one entry per task and unit.
	 */
	public List<UnitTaskRating> ratingsBetween(LocalDate from, LocalDate to) {
		return tasks.ratingsBetween(from, to);
	}

	// --- changes -------------------------------------------------------------------------------

	/** Sets a milestone's date by hand (kept as overridden). */
	@Transactional
	public SupervisedTask rescheduleMilestone(String taskId, long milestoneId, LocalDate dueOn) {
		requireRole(MANAGERS);
		SupervisedTask task = require(taskId);
		if (dueOn == null) {
			throw DomainException.validation("dueOn", "required");
		}
		if (dueOn.isBefore(task.getIssuedOn())) {
			throw DomainException.validation("dueOn", "before the issue date");
		}
		Milestone milestone = task.rescheduleMilestone(milestoneId, dueOn);
		audit.record("TASK_MILESTONE_RESCHEDULED", AUDIT_TYPE, taskId, "milestone=" + milestoneId + ", dueOn=" + dueOn);
		tasks.save(task);
		return task;
	}

	/** Records that a milestone was reached on a day (today when null, never in the future). */
	@Transactional
	public SupervisedTask markMilestoneDone(String taskId, long milestoneId, LocalDate doneOn) {
		requireRole(MANAGERS);
		SupervisedTask task = require(taskId);
		LocalDate on = doneOn != null ? doneOn : calendar.today();
		if (on.isAfter(calendar.today())) {
			throw DomainException.validation("doneOn", "in the future");
		}
		task.markMilestoneDone(milestoneId, on);
		audit.record("TASK_MILESTONE_DONE", AUDIT_TYPE, taskId, "milestone=" + milestoneId + ", doneOn=" + on);
		tasks.save(task);
		return task;
	}

	/** Takes back a milestone's done date. */
	@Transactional
	public SupervisedTask reopenMilestone(String taskId, long milestoneId) {
		requireRole(MANAGERS);
		SupervisedTask task = require(taskId);
		task.reopenMilestone(milestoneId);
		audit.record("TASK_MILESTONE_REOPENED", AUDIT_TYPE, taskId, "milestone=" + milestoneId);
		tasks.save(task);
		return task;
	}

	/**
	 * The office's rating of a completed task (OFFICER, OFFICE_DIRECTOR), with a rating per unit
	 * where it differs from the task's; 409 ILLEGAL_TRANSITION unless the task is COMPLETED.
	 */
	@Transactional
	public SupervisedTask rate(String taskId, CompletionRating rating, Map<String, CompletionRating> unitRatings,
			String comment) {
		requireRole(MANAGERS);
		SupervisedTask task = require(taskId);
		if (rating == null) {
			throw DomainException.validation("rating", "required");
		}
		if (comment != null && comment.length() > 1000) {
			throw DomainException.validation("comment", "at most 1000 characters");
		}
		Map<String, CompletionRating> perUnit = unitRatings == null ? Map.of()
				: unitRatings.entrySet().stream().filter(e -> e.getValue() != null)
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		task.rate(rating, perUnit, blankToNull(comment), calendar.today());
		audit.record("TASK_RATED", AUDIT_TYPE, taskId, "rating=" + rating + ", units=" + task.getUnits().stream()
			.map(u -> u.getUnitCode() + ":" + u.getRating()).collect(Collectors.joining(",")));
		return tasks.save(task).loaded();
	}

	/** A unit reported progress on its assignment of kind TASK: kept for the task's targets and reporting dates. */
	@Transactional
	public void recordProgress(String taskId, String assignmentId, String unitCode, int percent,
			Map<String, BigDecimal> metricValues, LocalDate reportedOn) {
		Optional<SupervisedTask> found = parse(taskId).flatMap(tasks::findById);
		if (found.isEmpty() || !found.get().involves(unitCode)) {
			return;
		}
		SupervisedTask task = found.get();
		Set<String> metrics = task.getTargets().stream().map(QuantitativeTarget::getMetric).collect(Collectors.toSet());
		Map<String, BigDecimal> known = new LinkedHashMap<>();
		metricValues.forEach((metric, value) -> {
			if (metrics.contains(metric) && value != null) {
				known.put(metric, value);
			}
		});
		progress.save(new TaskProgress(task.getId(), unitCode, assignmentId, reportedOn, percent, known));
		task.progressReported(unitCode, percent, reportedOn);
		tasks.save(task);
		audit.recordAs("system", "TASK_PROGRESS_RECORDED", AUDIT_TYPE, taskId,
				"unit=" + unitCode + ", percent=" + percent + ", reportedOn=" + reportedOn);
	}

	/** A unit's assignment of kind TASK was closed; the task completes when every unit's is. */
	@Transactional
	public void recordClosed(String taskId, String unitCode, LocalDate closedOn) {
		Optional<SupervisedTask> found = parse(taskId).flatMap(tasks::findById);
		if (found.isEmpty()) {
			return;
		}
		SupervisedTask task = found.get();
		TaskStatus before = task.getStatus();
		task.unitClosed(unitCode, closedOn);
		tasks.save(task);
		audit.recordAs("system", "TASK_UNIT_CLOSED", AUDIT_TYPE, taskId, "unit=" + unitCode + ", closedOn=" + closedOn);
		if (before != task.getStatus()) {
			audit.recordAs("system", "TASK_COMPLETED", AUDIT_TYPE, taskId, "completedOn=" + closedOn);
		}
	}

	// --- helpers -------------------------------------------------------------------------------

	public boolean mayManage() {
		return access.findCurrentUser().map(u -> u.roles().stream().anyMatch(MANAGERS::contains)).orElse(false);
	}

	private CurrentUser requireRole(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (user.roles().stream().noneMatch(roles::contains)) {
			throw DomainException.forbidden("role may not do this");
		}
		return user;
	}

	private static boolean visible(SupervisedTask task, DataScope scope) {
		return scope.districtWide() || task.getUnits().stream().anyMatch(u -> scope.coversUnit(u.getUnitCode()));
	}

	private Specification<SupervisedTask> specification(TaskFilter filter, DataScope scope) {
		LocalDate today = calendar.today();
		LocalDate greenFrom = calendar.addWorkingDays(today, WorkingCalendar.YELLOW_WITHIN_WORKING_DAYS + 1);
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.districtWide()) {
				if (scope.unitCodes().isEmpty()) {
					return cb.disjunction();
				}
				Subquery<Long> sub = query.subquery(Long.class);
				var t = sub.from(SupervisedTask.class);
				Join<SupervisedTask, TaskUnit> u = t.join("units");
				sub.select(t.get("id")).where(cb.equal(t.get("id"), root.get("id")), u.get("unitCode").in(scope.unitCodes()));
				where.add(cb.exists(sub));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.source() != null) {
				where.add(cb.equal(root.get("source"), filter.source()));
			}
			if (filter.leaderCadreNo() != null) {
				where.add(cb.equal(root.get("responsibleCadreNo"), filter.leaderCadreNo()));
			}
			if (filter.unitCode() != null) {
				Subquery<Long> sub = query.subquery(Long.class);
				var t = sub.from(SupervisedTask.class);
				Join<SupervisedTask, TaskUnit> u = t.join("units");
				sub.select(t.get("id")).where(cb.equal(t.get("id"), root.get("id")), cb.equal(u.get("unitCode"), filter.unitCode()));
				where.add(cb.exists(sub));
			}
			TaskDrill drill = filter.drill();
			between(where, cb, root.get("issuedOn"), drill.createdFrom(), drill.createdTo());
			between(where, cb, root.get("completedOn"), drill.completedFrom(), drill.completedTo());
			between(where, cb, root.get("deadline"), drill.dueFrom(), drill.dueTo());
			if (drill.isOverdue()) {
				// as TaskStatistics.OVERDUE: deadline < today AND (completed_on IS NULL OR completed_on > deadline)
				where.add(cb.lessThan(root.get("deadline"), today));
				where.add(cb.or(cb.isNull(root.get("completedOn")),
						cb.greaterThan(root.get("completedOn"), root.<LocalDate>get("deadline"))));
			}
			if (filter.text() != null) {
				where.add(cb.like(cb.lower(root.get("title")), "%" + escape(filter.text().toLowerCase()) + "%", '\\'));
			}
			if (filter.light() != null) {
				where.add(cb.equal(root.get("status"), TaskStatus.IN_PROGRESS));
				switch (filter.light()) {
					case RED -> where.add(cb.lessThan(root.get("deadline"), today));
					case YELLOW -> where.add(cb.and(cb.greaterThanOrEqualTo(root.get("deadline"), today),
							cb.lessThan(root.get("deadline"), greenFrom)));
					case GREEN -> where.add(cb.greaterThanOrEqualTo(root.get("deadline"), greenFrom));
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** {@code from <= column <= to}, each bound only when given. */
	private static void between(List<Predicate> where, jakarta.persistence.criteria.CriteriaBuilder cb,
			jakarta.persistence.criteria.Path<LocalDate> column, LocalDate from, LocalDate to) {
		if (from != null) {
			where.add(cb.greaterThanOrEqualTo(column, from));
		}
		if (to != null) {
			where.add(cb.lessThanOrEqualTo(column, to));
		}
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static String id(SupervisedTask task) {
		return String.valueOf(task.getId());
	}

	static Optional<Long> parse(String id) {
		if (id == null || id.isBlank() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(id));
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String blankToNull(String s) {
		return isBlank(s) ? null : s.strip();
	}
}
