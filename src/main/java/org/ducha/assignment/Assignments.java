package org.ducha.assignment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Predicate;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.attachment.Attachments;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.TrafficLight;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.ducha.shared.EntityStreams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments (交办, SPEC §6): issued by other modules ({@link #issue}), worked on by the unit
 * (UNIT_PRINCIPAL, UNIT_LIAISON of the unit or a unit above it: sign, progress, submit, extension
 * requests) and decided by the issuer side (OFFICER, OFFICE_DIRECTOR: close, return, extension
 * decisions, urging); LEADER reads. Another role answers FORBIDDEN (403), an assignment outside
 * the caller's data scope ASSIGNMENT_NOT_FOUND (404) as if absent, a step its state does not allow
 * ILLEGAL_TRANSITION (409). Every change is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Assignments {

	public static final String OWNER_TYPE = "ASSIGNMENT";
	static final String AUDIT_TYPE = "Assignment";
	static final String TODO_LINK = "/assignments/todo";

	static final Set<Role> VIEWERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL,
			Role.UNIT_LIAISON);
	static final Set<Role> ISSUERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> UNIT_SIDE = EnumSet.of(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON);
	static final Set<Role> DISTRICT_READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);

	private static final int MAX_TEXT = 4000;
	private static final int MAX_REASON = 2000;

	private final AssignmentRepository assignments;
	private final AssignmentDeadlines deadlines;
	private final Organization organization;
	private final AccessControl access;
	private final AuditLog audit;
	private final Notifications notifications;
	private final Attachments attachments;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final EntityStreams streams;
	private final ExtensionIdempotency extensionKeys;

	Assignments(AssignmentRepository assignments, AssignmentDeadlines deadlines, Organization organization,
			AccessControl access, AuditLog audit, Notifications notifications, Attachments attachments,
			ApplicationEventPublisher events, JdbcClient jdbc, EntityStreams streams, Clock clock,
			ExtensionIdempotency extensionKeys) {
		this.streams = streams;
		this.extensionKeys = extensionKeys;
		this.assignments = assignments;
		this.deadlines = deadlines;
		this.organization = organization;
		this.access = access;
		this.audit = audit;
		this.notifications = notifications;
		this.attachments = attachments;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// --- the published API for other modules ---------------------------------------------------

	/**
	 * Issues an assignment in the caller's transaction (audited as {@code issuerUsername}), notifies
	 * the unit's contact and principal, and publishes {@link AssignmentIssued}. No role check: the
	 * calling module decides who may hand things to a unit.
	 *
	 * @throws DomainException VALIDATION_FAILED listing every offending field
	 */
	@Transactional
	public AssignmentView issue(NewAssignment draft, String issuerUsername) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (draft.kind() == null) {
			errors.add(new DomainException.FieldError("kind", "required"));
		}
		if (blank(draft.sourceId())) {
			errors.add(new DomainException.FieldError("sourceId", "required"));
		}
		if (blank(draft.unitCode())) {
			errors.add(new DomainException.FieldError("unitCode", "required"));
		}
		else if (organization.findUnit(draft.unitCode()).isEmpty()) {
			errors.add(new DomainException.FieldError("unitCode", "unknown unit"));
		}
		if (draft.issuedOn() == null) {
			errors.add(new DomainException.FieldError("issuedOn", "required"));
		}
		if (draft.dueOn() == null) {
			errors.add(new DomainException.FieldError("dueOn", "required"));
		}
		else if (draft.issuedOn() != null && draft.dueOn().isBefore(draft.issuedOn())) {
			errors.add(new DomainException.FieldError("dueOn", "must not be before the issue date"));
		}
		if (draft.responsibleLeaderCadreNo() != null && organization.findCadre(draft.responsibleLeaderCadreNo()).isEmpty()) {
			errors.add(new DomainException.FieldError("responsibleLeaderCadreNo", "unknown cadre"));
		}
		if (draft.contactUsername() != null && access.findUser(draft.contactUsername()).isEmpty()) {
			errors.add(new DomainException.FieldError("contactUsername", "unknown user"));
		}
		if (draft.instructions() != null && draft.instructions().length() > MAX_TEXT) {
			errors.add(new DomainException.FieldError("instructions", "at most 4000 characters"));
		}
		if (blank(issuerUsername)) {
			errors.add(new DomainException.FieldError("issuer", "required"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		Act act = new Act(issuerUsername, Instant.now(clock), deadlines.today());
		Assignment assignment = assignments.save(Assignment.issue(draft, deadlines.signDueOn(draft.issuedOn()), act));
		audit.recordAs(issuerUsername, "ASSIGNMENT_ISSUED", AUDIT_TYPE, assignment.getId(),
				"kind=" + assignment.getKind() + ", sourceId=" + assignment.getSourceId() + ", unit="
						+ assignment.getUnitCode() + ", dueOn=" + assignment.getDueOn());
		Set<String> recipients = unitRecipients(assignment.getUnitCode(), assignment.getContactUsername());
		if (!recipients.isEmpty()) {
			notifications.notify(recipients, NotificationKind.NEW_ASSIGNMENT, TODO_LINK, "assignment-new:" + act.today());
		}
		events.publishEvent(new AssignmentIssued(assignment.getId(), assignment.getKind(), assignment.getSourceId(),
				assignment.getUnitCode(), assignment.getIssuedOn(), assignment.getDueOn()));
		return viewOf(assignment);
	}

	/** An assignment by id, for other modules: no visibility check. */
	public Optional<AssignmentView> find(String assignmentId) {
		return assignmentId == null ? Optional.empty() : assignments.findById(assignmentId).map(this::viewOf);
	}

	/** The assignments that carry one problem, task, grid event or report, oldest first. */
	public List<AssignmentView> ofSource(AssignmentKind kind, String sourceId) {
		return assignments.findByKindAndSourceIdOrderByIssuedOnAscIdAsc(kind, sourceId).stream().map(this::viewOf).toList();
	}

	/**
	 * Flags an assignment as a candidate for accountability for {@code reason}; idempotent per
	 * assignment and reason, so {@link AssignmentFlagged} is published once.
	 *
	 * @throws DomainException ASSIGNMENT_NOT_FOUND
	 */
	@Transactional
	public void flag(String assignmentId, FlagReason reason, LocalDate on) {
		Assignment assignment = assignments.findById(assignmentId).orElseThrow(Assignments::notFound);
		flag(assignment, reason, on, actor());
	}

	private void flag(Assignment assignment, FlagReason reason, LocalDate on, String actor) {
		int inserted = jdbc.sql("""
				INSERT INTO assignment_flag (assignment_id, reason, flagged_on, published)
				SELECT a.id, :reason, CAST(:on AS DATE), TRUE FROM assignment a
				WHERE a.id = :id AND NOT EXISTS (SELECT 1 FROM assignment_flag f WHERE f.assignment_id = :id AND f.reason = :reason)""")
			.param("id", assignment.getId())
			.param("reason", reason.name())
			.param("on", on)
			.update();
		if (inserted == 0) {
			return;
		}
		assignment.markFlagged(new Act(actor, Instant.now(clock), on), reason);
		audit.recordAs(actor, "ASSIGNMENT_FLAGGED", AUDIT_TYPE, assignment.getId(), "reason=" + reason);
		events.publishEvent(new AssignmentFlagged(assignment.getId(), assignment.getKind(), assignment.getSourceId(),
				assignment.getUnitCode(), reason, on));
	}

	/**
	 * A page of the flags set on {@code day} for {@code reason}, by assignment id after {@code after} (null or
	 * empty: from the first), at most {@code limit}: what an {@link AssignmentsFlagged} stands for.
	 */
	public List<AssignmentFlagged> flagsOn(LocalDate day, FlagReason reason, String after, int limit) {
		return jdbc.sql("""
				SELECT f.assignment_id, a.kind, a.source_id, a.unit_code, f.reason, f.flagged_on
				FROM assignment_flag f JOIN assignment a ON a.id = f.assignment_id
				WHERE f.flagged_on = :day AND f.reason = :reason AND f.assignment_id > :after
				ORDER BY f.assignment_id FETCH FIRST :limit ROWS ONLY""")
			.param("day", day)
			.param("reason", reason.name())
			.param("after", after == null ? "" : after)
			.param("limit", limit)
			.query((rs, n) -> new AssignmentFlagged(rs.getString(1), AssignmentKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), FlagReason.valueOf(rs.getString(5)),
					rs.getObject(6, LocalDate.class)))
			.list();
	}

	/** The reasons an assignment is flagged for, in the order they were flagged. */
	public List<FlagReason> flagsOf(String assignmentId) {
		return jdbc.sql("SELECT reason FROM assignment_flag WHERE assignment_id = :id ORDER BY flagged_on, reason")
			.param("id", assignmentId)
			.query(String.class)
			.list()
			.stream()
			.map(FlagReason::valueOf)
			.toList();
	}

	// --- reading, for the current user ---------------------------------------------------------

	/**
	 * The assignments the current user may see, filtered, in the page's order (then by id) or, unsorted,
	 * by urgency (earliest due first: RED, most overdue, nearest due).
	 */
	public Page<AssignmentView> search(AssignmentFilter filter, Pageable pageable) {
		CurrentUser user = requireRole(VIEWERS);
		LocalDate today = deadlines.today();
		Sort order = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by(Sort.Order.asc("id"))) : urgency();
		PageRequest sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
		return assignments.findAll(specOf(filter, access.scopeOf(user), today), sorted).map(a -> viewOf(a, today));
	}

	/**
	 * Streams every assignment of the filtered list to {@code sink} (for .xlsx), without paging the
	 * caller: one sorted query read with a cursor in chunks of 500, so any length fits in bounded memory.
	 */
	@Transactional(readOnly = true)
	public void forEach(AssignmentFilter filter, Consumer<AssignmentView> sink) {
		CurrentUser user = requireRole(VIEWERS);
		LocalDate today = deadlines.today();
		Specification<Assignment> spec = specOf(filter, access.scopeOf(user), today);
		streams.forEachChunk(Assignment.class, spec, urgency(), 500,
				chunk -> chunk.forEach(a -> sink.accept(viewOf(a, today))));
	}

	/** The current user's figures: open assignments in scope, those waiting for signing, those overdue. */
	public Map<String, Long> figures(CurrentUser user) {
		if (!user.hasAnyRole(VIEWERS.toArray(Role[]::new))) {
			return Map.of();
		}
		DataScope scope = access.scopeOf(user);
		LocalDate today = deadlines.today();
		Map<String, Long> figures = new LinkedHashMap<>();
		figures.put("toSign", assignments.count(specOf(new AssignmentFilter(null, null, AssignmentStatus.ISSUED, null, true), scope, today)));
		figures.put("overdue", assignments.count(specOf(new AssignmentFilter(null, TrafficLight.RED, null, null, true), scope, today)));
		figures.put("submitted", assignments.count(specOf(new AssignmentFilter(null, null, AssignmentStatus.SUBMITTED, null, true), scope, today)));
		return figures;
	}

	/** The issuer's overview (OFFICER, OFFICE_DIRECTOR, LEADER): per unit, open assignments by light and the closed ones. */
	public List<UnitLightCount> overview() {
		requireRole(DISTRICT_READERS);
		LocalDate today = deadlines.today();
		LocalDate greenFrom = deadlines.greenFrom(today);
		Map<String, String> names = new LinkedHashMap<>();
		organization.allUnits().forEach(u -> names.put(u.getCode(), u.getName()));
		return jdbc.sql("""
				SELECT unit_code,
				  SUM(CASE WHEN status <> 'CLOSED' AND due_on < :today THEN 1 ELSE 0 END) AS red,
				  SUM(CASE WHEN status <> 'CLOSED' AND due_on >= :today AND due_on < :green THEN 1 ELSE 0 END) AS yellow,
				  SUM(CASE WHEN status <> 'CLOSED' AND due_on >= :green THEN 1 ELSE 0 END) AS green,
				  SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END) AS closed
				FROM assignment GROUP BY unit_code ORDER BY unit_code""")
			.param("today", today)
			.param("green", greenFrom)
			.query((rs, n) -> new UnitLightCount(rs.getString(1), names.getOrDefault(rs.getString(1), rs.getString(1)),
					rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list()
			.stream()
			.sorted((a, b) -> a.red() != b.red() ? Long.compare(b.red(), a.red()) : a.unitCode().compareTo(b.unitCode()))
			.toList();
	}

	/** An assignment with its timeline and the steps the current user may take. */
	public AssignmentDetails details(String id) {
		CurrentUser user = requireRole(VIEWERS);
		Assignment assignment = visible(id, user).loaded();
		LocalDate today = deadlines.today();
		String unitName = organization.findUnit(assignment.getUnitCode()).map(Unit::getName).orElse(assignment.getUnitCode());
		return new AssignmentDetails(assignment, viewOf(assignment, today), unitName,
				attachments.listOwnedBy(OWNER_TYPE, assignment.getId()), allowedActions(assignment, user, today));
	}

	/** The assignment as the current user sees it. */
	public AssignmentView view(String id) {
		CurrentUser user = requireRole(VIEWERS);
		return viewOf(visible(id, user));
	}

	/** Whether {@code user} may see the assignment (and so its evidence). */
	public boolean maySee(String id, CurrentUser user) {
		if (!user.hasAnyRole(VIEWERS.toArray(Role[]::new))) {
			return false;
		}
		return assignments.findById(id).filter(a -> access.scopeOf(user).coversUnit(a.getUnitCode())).isPresent();
	}

	// --- the unit's steps ----------------------------------------------------------------------

	@Transactional
	public AssignmentView sign(String id) {
		Working w = unitStep(id);
		w.assignment.sign(w.act);
		audit.record("ASSIGNMENT_SIGNED", AUDIT_TYPE, id, w.assignment.isSignedLate(w.act.today()) ? "late" : "in time");
		events.publishEvent(new AssignmentSigned(id, w.assignment.getKind(), w.assignment.getSourceId(),
				w.assignment.getUnitCode(), w.act.today()));
		return viewOf(w.assignment);
	}

	/**
	 * Reports progress: a text, a percent 0–100 and values for the assignment's metric targets.
	 * Publishes {@link AssignmentProgressReported}.
	 */
	@Transactional
	public AssignmentView reportProgress(String id, String text, Integer percent, Map<String, BigDecimal> metricValues) {
		Working w = unitStep(id);
		Map<String, BigDecimal> values = metricValues == null ? Map.of() : metricValues;
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (blank(text)) {
			errors.add(new DomainException.FieldError("text", "required"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(new DomainException.FieldError("text", "at most 4000 characters"));
		}
		if (percent == null || percent < 0 || percent > 100) {
			errors.add(new DomainException.FieldError("percent", "0 to 100"));
		}
		Set<String> targets = w.assignment.getMetricTargets().keySet();
		values.forEach((metric, value) -> {
			if (!targets.contains(metric)) {
				errors.add(new DomainException.FieldError("metricValues." + metric, "not a target of this assignment"));
			}
			else if (value == null) {
				errors.add(new DomainException.FieldError("metricValues." + metric, "required"));
			}
		});
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		w.assignment.reportProgress(w.act, text.strip(), percent, values);
		audit.record("ASSIGNMENT_PROGRESS_REPORTED", AUDIT_TYPE, id, "percent=" + percent);
		events.publishEvent(new AssignmentProgressReported(id, w.assignment.getKind(), w.assignment.getSourceId(),
				w.assignment.getUnitCode(), percent, values, w.act.today()));
		return viewOf(w.assignment);
	}

	/** Submits the result with at least one evidence attachment uploaded by the caller, linked to the assignment. */
	@Transactional
	public AssignmentView submit(String id, String result, List<String> evidenceIds) {
		Working w = unitStep(id);
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (blank(result)) {
			errors.add(new DomainException.FieldError("result", "required"));
		}
		else if (result.length() > MAX_TEXT) {
			errors.add(new DomainException.FieldError("result", "at most 4000 characters"));
		}
		List<String> ids = evidenceIds == null ? List.of()
				: evidenceIds.stream().filter(e -> !blank(e)).distinct().toList();
		if (ids.isEmpty() && attachments.listOwnedBy(OWNER_TYPE, id).isEmpty()) {
			errors.add(new DomainException.FieldError("evidenceIds", "at least one piece of evidence"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		w.assignment.submit(w.act, result.strip());
		attachments.linkTo(ids, OWNER_TYPE, id, w.act.actor());
		audit.record("ASSIGNMENT_SUBMITTED", AUDIT_TYPE, id, "evidence=" + ids.size());
		events.publishEvent(new AssignmentSubmitted(id, w.assignment.getKind(), w.assignment.getSourceId(),
				w.assignment.getUnitCode(), w.act.today()));
		return viewOf(w.assignment);
	}

	/** Asks for a later due date with a reason, before the due date; returns the request. */
	@Transactional
	public ExtensionRequest requestExtension(String id, LocalDate newDueOn, String reason) {
		return requestExtension(id, newDueOn, reason, null);
	}

	/**
	 * {@link #requestExtension(String, LocalDate, String)} with an {@code Idempotency-Key}: the same key
	 * from the same user for the same assignment within 24 hours returns the request first made, whatever
	 * the second body says, and asks for nothing new.
	 */
	@Transactional
	public ExtensionRequest requestExtension(String id, LocalDate newDueOn, String reason, String idempotencyKey) {
		Working w = unitStep(id);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
				: ExtensionIdempotency.scoped(id, idempotencyKey.strip());
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<ExtensionRequest> earlier = extensionKeys.find(w.act.actor(), key, now)
				.flatMap(requestId -> w.assignment.getExtensions().stream().filter(e -> requestId.equals(e.getId())).findFirst());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (newDueOn == null) {
			errors.add(new DomainException.FieldError("newDueOn", "required"));
		}
		if (blank(reason)) {
			errors.add(new DomainException.FieldError("reason", "required"));
		}
		else if (reason.length() > MAX_REASON) {
			errors.add(new DomainException.FieldError("reason", "at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		w.assignment.requestExtension(w.act, newDueOn, reason.strip());
		// the merge cascades a managed copy of the new request: that copy carries the id
		ExtensionRequest request = assignments.saveAndFlush(w.assignment).pendingExtension().orElseThrow();
		if (key != null) {
			extensionKeys.remember(w.act.actor(), key, request.getId(), now);
		}
		audit.record("ASSIGNMENT_EXTENSION_REQUESTED", AUDIT_TYPE, id, "newDueOn=" + newDueOn);
		notifications.notify(officeRecipients(), NotificationKind.GENERIC_NEW_ITEM, "/assignments/" + id,
				"assignment:" + id + ":extension:" + request.getId());
		return request;
	}

	// --- the issuer's steps --------------------------------------------------------------------

	@Transactional
	public AssignmentView close(String id) {
		Working w = issuerStep(id);
		w.assignment.close(w.act);
		audit.record("ASSIGNMENT_CLOSED", AUDIT_TYPE, id, null);
		events.publishEvent(new AssignmentClosed(id, w.assignment.getKind(), w.assignment.getSourceId(),
				w.assignment.getUnitCode(), w.act.today()));
		return viewOf(w.assignment);
	}

	/** Returns the result with a reason; the second return flags it ({@link FlagReason#RETURNED_TWICE}). */
	@Transactional
	public AssignmentView returnResult(String id, String reason) {
		Working w = issuerStep(id);
		if (blank(reason)) {
			throw DomainException.validation("reason", "required");
		}
		if (reason.length() > MAX_REASON) {
			throw DomainException.validation("reason", "at most 2000 characters");
		}
		w.assignment.returnResult(w.act, reason.strip());
		audit.record("ASSIGNMENT_RETURNED", AUDIT_TYPE, id, "returnedCount=" + w.assignment.getReturnedCount());
		events.publishEvent(new AssignmentReturned(id, w.assignment.getKind(), w.assignment.getSourceId(),
				w.assignment.getUnitCode(), w.assignment.getReturnedCount(), w.act.today()));
		if (w.assignment.getReturnedCount() >= AssignmentDeadlines.FLAG_AT_RETURNS) {
			flag(w.assignment, FlagReason.RETURNED_TWICE, w.act.today(), w.act.actor());
		}
		notifyUnit(w.assignment, NotificationKind.GENERIC_NEW_ITEM, "assignment:" + id + ":returned:" + w.assignment.getReturnedCount());
		return viewOf(w.assignment);
	}

	/** Approves (the due date becomes the new date) or refuses a pending extension request. */
	@Transactional
	public AssignmentView decideExtension(String id, long requestId, boolean approve) {
		Working w = issuerStep(id);
		ExtensionRequest request = w.assignment.decideExtension(w.act, requestId, approve);
		audit.record(approve ? "ASSIGNMENT_EXTENSION_APPROVED" : "ASSIGNMENT_EXTENSION_REFUSED", AUDIT_TYPE, id,
				"request=" + requestId + ", dueOn=" + w.assignment.getDueOn());
		notifyUnit(w.assignment, NotificationKind.GENERIC_NEW_ITEM, "assignment:" + id + ":extension-decided:" + request.getId());
		return viewOf(w.assignment);
	}

	/** Urges the unit by hand with a text (催办), any time while open; the contact and principal are notified. */
	@Transactional
	public AssignmentView urge(String id, String text) {
		Working w = issuerStep(id);
		if (blank(text)) {
			throw DomainException.validation("text", "required");
		}
		if (text.length() > MAX_REASON) {
			throw DomainException.validation("text", "at most 2000 characters");
		}
		w.assignment.urge(w.act, text.strip());
		audit.record("ASSIGNMENT_URGED", AUDIT_TYPE, id, "manual");
		notifyUnit(w.assignment, NotificationKind.ASSIGNMENT_URGED,
				"assignment:" + id + ":urged:" + w.act.at().toEpochMilli());
		return viewOf(w.assignment);
	}

	// --- helpers -------------------------------------------------------------------------------

	/** The contact (or, without one, the unit's liaisons) and the unit's principals. */
	Set<String> unitRecipients(String unitCode, String contactUsername) {
		Set<String> contacts = new LinkedHashSet<>();
		contacts.add(contactUsername);
		return unitRecipients(Map.of(unitCode, contacts));
	}

	/**
	 * For each unit, for each of its contacts: the contact (or, for a {@code null} contact, the
	 * unit's liaisons) and the unit's principals — {@link #unitRecipients(String, String)} for many
	 * units at once, in two look-ups whatever the number of units.
	 */
	Set<String> unitRecipients(Map<String, Set<String>> contactsByUnit) {
		if (contactsByUnit.isEmpty()) {
			return Set.of();
		}
		Set<String> named = new LinkedHashSet<>();
		contactsByUnit.values().forEach(contacts -> contacts.stream().filter(c -> c != null).forEach(named::add));
		Map<String, CurrentUser> contacts = named.isEmpty() ? Map.of() : access.findUsers(named);
		Map<String, List<String>> liaisons = new LinkedHashMap<>();
		Map<String, List<String>> principals = new LinkedHashMap<>();
		access.usersWithRoles(UNIT_SIDE, contactsByUnit.keySet()).forEach(u -> {
			if (u.hasRole(Role.UNIT_LIAISON)) {
				liaisons.computeIfAbsent(u.unitCode(), k -> new ArrayList<>()).add(u.username());
			}
			if (u.hasRole(Role.UNIT_PRINCIPAL)) {
				principals.computeIfAbsent(u.unitCode(), k -> new ArrayList<>()).add(u.username());
			}
		});
		Set<String> recipients = new LinkedHashSet<>();
		contactsByUnit.forEach((unit, unitContacts) -> unitContacts.forEach(contact -> {
			if (contact != null) {
				CurrentUser user = contacts.get(contact);
				if (user != null) {
					recipients.add(user.username());
				}
			}
			else {
				recipients.addAll(liaisons.getOrDefault(unit, List.of()));
			}
			recipients.addAll(principals.getOrDefault(unit, List.of()));
		}));
		return recipients;
	}

	/** The office: every OFFICER and OFFICE_DIRECTOR. */
	Set<String> officeRecipients() {
		Set<String> recipients = new LinkedHashSet<>();
		ISSUERS.forEach(role -> access.usersWithRole(role).forEach(u -> recipients.add(u.username())));
		return recipients;
	}

	/**
	 * The users linked to the supervising district leaders (分管区领导) of the units, if any: the
	 * distinct leaders are collected first, then their accounts looked up once.
	 */
	Set<String> supervisingLeaderRecipients(Collection<String> unitCodes) {
		Set<String> wanted = new HashSet<>(unitCodes);
		Set<String> leaderNos = new LinkedHashSet<>();
		organization.allUnits()
			.stream()
			.filter(u -> wanted.contains(u.getCode()) && u.getSupervisingLeaderNo() != null)
			.forEach(u -> leaderNos.add(u.getSupervisingLeaderNo()));
		if (leaderNos.isEmpty()) {
			return Set.of();
		}
		Set<String> known = organization.cadresByNo(leaderNos).keySet();
		if (known.isEmpty()) {
			return Set.of();
		}
		Set<String> recipients = new LinkedHashSet<>();
		access.usersOfCadres(known).forEach(u -> recipients.add(u.username()));
		return recipients;
	}

	private void notifyUnit(Assignment assignment, NotificationKind kind, String dedupeKey) {
		Set<String> recipients = unitRecipients(assignment.getUnitCode(), assignment.getContactUsername());
		if (!recipients.isEmpty()) {
			notifications.notify(recipients, kind, "/assignments/" + assignment.getId(), dedupeKey);
		}
	}

	private Set<String> allowedActions(Assignment a, CurrentUser user, LocalDate today) {
		Set<String> allowed = new LinkedHashSet<>();
		if (user.hasAnyRole(UNIT_SIDE.toArray(Role[]::new))) {
			if (a.getStatus() == AssignmentStatus.ISSUED) {
				allowed.add("sign");
			}
			if (Assignment.WORKING.contains(a.getStatus())) {
				allowed.add("progress");
				if (!today.isAfter(a.getDueOn()) && a.pendingExtension().isEmpty()) {
					allowed.add("extension");
				}
			}
			if (a.getStatus() == AssignmentStatus.IN_PROGRESS) {
				allowed.add("submit");
			}
		}
		if (user.hasAnyRole(ISSUERS.toArray(Role[]::new))) {
			if (a.getStatus() == AssignmentStatus.SUBMITTED) {
				allowed.add("close");
				allowed.add("return");
			}
			if (a.getStatus().isOpen()) {
				allowed.add("urge");
				if (a.pendingExtension().isPresent()) {
					allowed.add("decide-extension");
				}
			}
		}
		return allowed;
	}

	private record Working(Assignment assignment, Act act) {
	}

	private Working unitStep(String id) {
		CurrentUser user = requireRole(VIEWERS);
		Assignment assignment = visible(id, user);
		if (!user.hasAnyRole(UNIT_SIDE.toArray(Role[]::new))) {
			throw DomainException.forbidden("only the unit takes this step");
		}
		return new Working(assignment, new Act(user.username(), Instant.now(clock), deadlines.today()));
	}

	private Working issuerStep(String id) {
		CurrentUser user = requireRole(VIEWERS);
		Assignment assignment = visible(id, user);
		if (!user.hasAnyRole(ISSUERS.toArray(Role[]::new))) {
			throw DomainException.forbidden("only the issuer side takes this step");
		}
		return new Working(assignment, new Act(user.username(), Instant.now(clock), deadlines.today()));
	}

	private Assignment visible(String id, CurrentUser user) {
		DataScope scope = access.scopeOf(user);
		return assignments.findById(id).filter(a -> scope.coversUnit(a.getUnitCode())).orElseThrow(Assignments::notFound);
	}

	private CurrentUser requireRole(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(roles.toArray(Role[]::new))) {
			throw DomainException.forbidden("role may not see assignments");
		}
		return user;
	}

	private String actor() {
		return access.findCurrentUser().map(CurrentUser::username).orElse("system");
	}

	static DomainException notFound() {
		return DomainException.notFound("ASSIGNMENT_NOT_FOUND", "no such assignment");
	}

	private static Sort urgency() {
		return Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("id"));
	}

	private Specification<Assignment> specOf(AssignmentFilter filter, DataScope scope, LocalDate today) {
		LocalDate greenFrom = filter.light() == null ? null : deadlines.greenFrom(today);
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.districtWide()) {
				if (scope.unitCodes().isEmpty()) {
					where.add(cb.disjunction());
				}
				else {
					where.add(root.get("unitCode").in(scope.unitCodes()));
				}
			}
			if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
				where.add(cb.equal(root.get("unitCode"), filter.unitCode().strip()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			AssignmentDrill drill = filter.drill();
			if (drill.dueFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("dueOn"), drill.dueFrom()));
			}
			if (drill.dueTo() != null) {
				where.add(cb.lessThanOrEqualTo(root.get("dueOn"), drill.dueTo()));
			}
			if (drill.isLate()) {
				// as AssignmentStatistics.deadlinesByUnit: due_on < today AND (closed_on IS NULL OR closed_on > due_on)
				where.add(cb.lessThan(root.get("dueOn"), today));
				where.add(cb.or(cb.isNull(root.get("closedOn")), cb.greaterThan(root.get("closedOn"), root.get("dueOn"))));
			}
			if (filter.openOnly() || filter.light() != null) {
				where.add(cb.notEqual(root.get("status"), AssignmentStatus.CLOSED));
			}
			if (filter.light() != null) {
				switch (filter.light()) {
					case RED -> where.add(cb.lessThan(root.get("dueOn"), today));
					case YELLOW -> {
						where.add(cb.greaterThanOrEqualTo(root.get("dueOn"), today));
						where.add(cb.lessThan(root.get("dueOn"), greenFrom));
					}
					case GREEN -> where.add(cb.greaterThanOrEqualTo(root.get("dueOn"), greenFrom));
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private AssignmentView viewOf(Assignment assignment) {
		return viewOf(assignment, deadlines.today());
	}

	private AssignmentView viewOf(Assignment assignment, LocalDate today) {
		return deadlines.viewOf(assignment, today);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
