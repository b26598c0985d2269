package org.ducha.grid;

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
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.NewAssignment;
import org.ducha.attachment.Attachments;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Taxonomies;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.organization.UnitType;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid events (网格事项). A grid member of a community or township (UNIT_PRINCIPAL, UNIT_LIAISON of a VILLAGE
 * or TOWNSHIP unit, for its own area or one below) or the office (OFFICER, OFFICE_DIRECTOR) reports an event;
 * the routing table ({@link GridRoutes}) picks the responsible department and the event is issued to it as an
 * assignment of kind GRID_EVENT, due {@value #DUE_WORKING_DAYS} working days later; with no matching row it
 * waits for the office to route it by hand. The department handles it on its to-do list (sign, progress,
 * coordination, result with evidence), the result is fed back, and the office rates it: satisfied closes the
 * assignment, unsatisfied returns it. Who sees an event: the office and the leaders all of them; a unit role
 * those of its area (and the areas below) and those assigned to its unit (and the units below); anything else
 * answers GRID_EVENT_NOT_FOUND (404) as if absent.
 */
@Service
@Transactional(readOnly = true)
public class GridEvents {

	public static final String OWNER_TYPE = "GRID_EVENT";
	static final String AUDIT_TYPE = "GridEvent";
	static final int DUE_WORKING_DAYS = 5;
	static final int MAX_PLACE = 200;
	static final int MAX_TEXT = 4000;
	static final int MAX_COMMENT = 2000;

	static final Set<Role> OFFICE = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> DISTRICT_READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);
	static final Set<Role> UNIT_SIDE = EnumSet.of(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON);
	static final Set<UnitType> AREA_TYPES = EnumSet.of(UnitType.VILLAGE, UnitType.TOWNSHIP);

	private final GridEventRepository events;
	private final GridEventStepRepository steps;
	private final GridEventIdempotency idempotency;
	private final GridRoutes routes;
	private final Assignments assignments;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Attachments attachments;
	private final Notifications notifications;
	private final WorkingCalendar calendar;
	private final AccessControl access;
	private final AuditLog audit;
	private final Clock clock;

	GridEvents(GridEventRepository events, GridEventStepRepository steps, GridEventIdempotency idempotency,
			GridRoutes routes, Assignments assignments, Organization organization, Taxonomies taxonomies,
			Attachments attachments, Notifications notifications, WorkingCalendar calendar, AccessControl access,
			AuditLog audit, Clock clock) {
		this.events = events;
		this.steps = steps;
		this.idempotency = idempotency;
		this.routes = routes;
		this.assignments = assignments;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.attachments = attachments;
		this.notifications = notifications;
		this.calendar = calendar;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reporting and routing ----------------------------------------------------------------

	/**
	 * Reports an event and routes it. With an {@code Idempotency-Key}, the same key from the same user within
	 * 24 hours returns the event first reported and creates nothing.
	 */
	@Transactional
	public GridEventView report(NewGridEvent draft, String idempotencyKey) {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)) {
			throw DomainException.forbidden("only a grid member or the office reports grid events");
		}
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<GridEvent> earlier = idempotency.find(user.username(), key, now).flatMap(events::findById);
			if (earlier.isPresent()) {
				return viewOf(earlier.get());
			}
		}
		validate(draft, user);
		Instant reportedAt = draft.reportedAt() == null ? now : draft.reportedAt();
		GridEvent event = events.saveAndFlush(GridEvent.report(draft.areaUnitCode().strip(),
				draft.categoryCode().strip(), draft.place().strip(), draft.description().strip(), reportedAt,
				user.username()));
		attachments.linkTo(draft.photoIds().stream().filter(id -> id != null && !id.isBlank()).distinct().toList(),
				OWNER_TYPE, event.getId().toString(), user.username());
		step(event, user.username(), "REPORTED", null);
		audit.record("GRID_EVENT_REPORTED", AUDIT_TYPE, event.getId().toString(),
				"area=" + event.getAreaUnitCode() + " category=" + event.getCategoryCode());
		Optional<String> department = routes.departmentFor(event.getCategoryCode(), event.getAreaUnitCode());
		if (department.isPresent()) {
			issue(event, department.get(), user.username(), "ROUTED");
		}
		else {
			step(event, user.username(), "AWAITING_ROUTING", null);
			List<String> office = access.usersWithRole(Role.OFFICER).stream().map(CurrentUser::username).toList();
			notifications.notify(office, NotificationKind.GENERIC_NEW_ITEM, "/grid-events/" + event.getId(),
					"grid-event:" + event.getId() + ":awaiting-routing");
		}
		if (key != null) {
			idempotency.remember(user.username(), key, event.getId(), now);
		}
		return viewOf(event);
	}

	/** Checks a draft without saving it: VALIDATION_FAILED listing every offending field. */
	public void validate(NewGridEvent draft, CurrentUser user) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (blank(draft.areaUnitCode())) {
			errors.add(new DomainException.FieldError("areaUnitCode", "required"));
		}
		else {
			Optional<Unit> area = organization.findUnit(draft.areaUnitCode().strip());
			if (area.isEmpty() || !AREA_TYPES.contains(area.get().getType())) {
				errors.add(new DomainException.FieldError("areaUnitCode", "not a community or township"));
			}
			else if (!user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR)
					&& !access.scopeOf(user).coversUnit(area.get().getCode())) {
				errors.add(new DomainException.FieldError("areaUnitCode", "not your area"));
			}
		}
		if (blank(draft.categoryCode())) {
			errors.add(new DomainException.FieldError("categoryCode", "required"));
		}
		else if (!taxonomies.isActiveCategory(draft.categoryCode().strip())) {
			errors.add(new DomainException.FieldError("categoryCode", "unknown category"));
		}
		if (blank(draft.place())) {
			errors.add(new DomainException.FieldError("place", "required"));
		}
		else if (draft.place().strip().length() > MAX_PLACE) {
			errors.add(new DomainException.FieldError("place", "at most 200 characters"));
		}
		if (blank(draft.description())) {
			errors.add(new DomainException.FieldError("description", "required"));
		}
		else if (draft.description().strip().length() > MAX_TEXT) {
			errors.add(new DomainException.FieldError("description", "at most 4000 characters"));
		}
		if (draft.reportedAt() != null && draft.reportedAt().isAfter(Instant.now(clock))) {
			errors.add(new DomainException.FieldError("reportedAt", "must not be in the future"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
	}

	/** Routes an event that waits for routing to a unit by hand (OFFICER, OFFICE_DIRECTOR). */
	@Transactional
	public GridEventView route(Long id, String unitCode) {
		CurrentUser user = requireOffice();
		GridEvent event = visible(id, user);
		if (blank(unitCode) || organization.findUnit(unitCode.strip()).isEmpty()) {
			throw DomainException.validation("unitCode", "unknown unit");
		}
		if (event.getStage() != GridStage.AWAITING_ROUTING || event.getAssignmentId() != null) {
			throw DomainException.illegalTransition(event.getStage(), "route");
		}
		issue(event, unitCode.strip(), user.username(), "ROUTED_BY_HAND");
		return viewOf(event);
	}

	private void issue(GridEvent event, String unitCode, String issuer, String stepAction) {
		LocalDate today = calendar.today();
		AssignmentView assignment = assignments.issue(new NewAssignment(AssignmentKind.GRID_EVENT,
				event.getId().toString(), unitCode, null, null, event.getPlace() + ": " + event.getDescription(),
				today, calendar.addWorkingDays(today, DUE_WORKING_DAYS), null), issuer);
		event.route(unitCode, assignment.id());
		events.save(event);
		step(event, issuer, stepAction, unitCode);
		audit.record("GRID_EVENT_ROUTED", AUDIT_TYPE, event.getId().toString(),
				"unit=" + unitCode + " assignment=" + assignment.id());
	}

	// --- the department and the office ---------------------------------------------------------

	/**
	 * The department asks other units to coordinate (协调处置): the timeline records it and the liaisons and
	 * principals of those units are notified. Only the unit side of the department it is assigned to, while
	 * the department handles it.
	 */
	@Transactional
	public GridEventView requestCoordination(Long id, List<String> unitCodes, String note) {
		CurrentUser user = access.currentUser();
		GridEvent event = visible(id, user);
		GridEventView view = viewOf(event);
		if (!mayCoordinate(view, user)) {
			throw DomainException.forbidden("only the department handling the event asks for coordination");
		}
		if (view.stage() != GridStage.DISPATCHED && view.stage() != GridStage.HANDLING) {
			throw DomainException.illegalTransition(view.stage(), "coordinate");
		}
		Set<String> units = new LinkedHashSet<>();
		List<DomainException.FieldError> errors = new ArrayList<>();
		for (String code : unitCodes == null ? List.<String>of() : unitCodes) {
			if (blank(code) || organization.findUnit(code.strip()).isEmpty()) {
				errors.add(new DomainException.FieldError("unitCodes", "unknown unit " + code));
			}
			else if (!code.strip().equals(event.getRoutedUnitCode())) {
				units.add(code.strip());
			}
		}
		if (units.isEmpty() && errors.isEmpty()) {
			errors.add(new DomainException.FieldError("unitCodes", "at least one other unit"));
		}
		if (blank(note)) {
			errors.add(new DomainException.FieldError("note", "required"));
		}
		else if (note.strip().length() > MAX_COMMENT) {
			errors.add(new DomainException.FieldError("note", "at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		step(event, user.username(), "COORDINATION_REQUESTED", String.join(",", units) + ": " + note.strip());
		audit.record("GRID_EVENT_COORDINATION_REQUESTED", AUDIT_TYPE, event.getId().toString(),
				"units=" + String.join(",", units));
		List<String> recipients = access.usersWithRoles(UNIT_SIDE, units).stream().map(CurrentUser::username).toList();
		notifications.notify(recipients, NotificationKind.GENERIC_NEW_ITEM, "/grid-events/" + event.getId(),
				"grid-event:" + event.getId() + ":coordination:" + steps.count());
		return view;
	}

	/**
	 * The office rates the handling (督查问效), only once the department's result is in (结果反馈): satisfied or
	 * basically satisfied closes the assignment, unsatisfied returns it with the comment as the reason.
	 */
	@Transactional
	public GridEventView rate(Long id, GridRating rating, String comment) {
		CurrentUser user = requireOffice();
		GridEvent event = visible(id, user);
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (rating == null) {
			errors.add(new DomainException.FieldError("rating", "required"));
		}
		if (rating == GridRating.UNSATISFIED && blank(comment)) {
			errors.add(new DomainException.FieldError("comment", "required when unsatisfied"));
		}
		if (comment != null && comment.strip().length() > MAX_COMMENT) {
			errors.add(new DomainException.FieldError("comment", "at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		String text = blank(comment) ? null : comment.strip();
		event.rate(viewOf(event).stage(), rating, text, user.username(), Instant.now(clock));
		events.save(event);
		if (rating.accepts()) {
			assignments.close(event.getAssignmentId());
		}
		else {
			assignments.returnResult(event.getAssignmentId(), text);
		}
		step(event, user.username(), "RATED_" + rating.name(), text);
		audit.record("GRID_EVENT_RATED", AUDIT_TYPE, event.getId().toString(), "rating=" + rating);
		return viewOf(event);
	}

	/** Follows the event's assignment: its stage and timeline (called by the assignment event listener). */
	@Transactional
	void assignmentMoved(String sourceId, String assignmentId, String action, String actor) {
		Optional<Long> id = parse(sourceId);
		Optional<AssignmentView> assignment = assignments.find(assignmentId);
		if (id.isPresent() && assignment.isPresent()
				&& events.mirrorStage(id.get(), assignmentId, GridStage.of(assignment.get().status())) > 0) {
			steps.save(new GridEventStep(id.get(), Instant.now(clock), actor, action, null));
		}
	}

	// --- reading -------------------------------------------------------------------------------

	public GridEventDetails details(Long id) {
		CurrentUser user = requireReader();
		GridEvent event = visible(id, user);
		GridEventView view = viewOf(event);
		boolean office = user.hasAnyRole(OFFICE.toArray(Role[]::new));
		return new GridEventDetails(view, steps.findByEventIdOrderByAtAscIdAsc(event.getId()),
				attachments.listOwnedBy(OWNER_TYPE, event.getId().toString()),
				office && view.stage() == GridStage.AWAITING_ROUTING, office && view.stage() == GridStage.FEEDBACK,
				mayCoordinate(view, user)
						&& (view.stage() == GridStage.DISPATCHED || view.stage() == GridStage.HANDLING));
	}

	public GridEventView get(Long id) {
		return viewOf(visible(id, requireReader()));
	}

	/** The events the current user sees, filtered, newest first. */
	public Page<GridEventView> search(GridEventFilter filter, Pageable pageable) {
		List<GridEventView> all = new ArrayList<>();
		forEach(filter, all::add);
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), pageable, all.size());
	}

	/** Every event of the filtered list, newest first (for .xlsx). */
	public void forEach(GridEventFilter filter, Consumer<GridEventView> sink) {
		CurrentUser user = requireReader();
		DataScope scope = user.hasAnyRole(DISTRICT_READERS.toArray(Role[]::new)) ? DataScope.district()
				: access.scopeOf(user);
		Set<String> units = scope.unitCodes().isEmpty() ? Set.of("") : scope.unitCodes();
		events.search(scope.districtWide(), units, filter.stage(), blank(filter.areaUnitCode()) ? null
				: filter.areaUnitCode().strip())
			.stream()
			.map(this::viewOf)
			.filter(v -> filter.light() == null || filter.light() == v.light())
			.forEach(sink);
	}

	/** Whether the user may see the event (and so its photos). */
	public boolean maySee(String eventId, CurrentUser user) {
		if (!user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)) {
			return false;
		}
		return parse(eventId).flatMap(events::findById).filter(e -> covers(e, user)).isPresent();
	}

	// --- helpers -------------------------------------------------------------------------------

	private boolean mayCoordinate(GridEventView view, CurrentUser user) {
		return view.event().getRoutedUnitCode() != null && user.hasAnyRole(UNIT_SIDE.toArray(Role[]::new))
				&& access.scopeOf(user).coversUnit(view.event().getRoutedUnitCode());
	}

	private GridEventView viewOf(GridEvent event) {
		AssignmentView assignment = event.getAssignmentId() == null ? null
				: assignments.find(event.getAssignmentId()).orElse(null);
		return new GridEventView(event, assignment);
	}

	private void step(GridEvent event, String actor, String action, String detail) {
		steps.save(new GridEventStep(event.getId(), Instant.now(clock), actor, action, detail));
	}

	private GridEvent visible(Long id, CurrentUser user) {
		return Optional.ofNullable(id).flatMap(events::findById).filter(e -> covers(e, user))
			.orElseThrow(GridEvents::notFound);
	}

	private boolean covers(GridEvent event, CurrentUser user) {
		if (user.hasAnyRole(DISTRICT_READERS.toArray(Role[]::new))) {
			return true;
		}
		DataScope scope = access.scopeOf(user);
		return scope.coversUnit(event.getAreaUnitCode())
				|| (event.getRoutedUnitCode() != null && scope.coversUnit(event.getRoutedUnitCode()));
	}

	private CurrentUser requireReader() {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)) {
			throw DomainException.forbidden("grid events are read by the office, the leaders and the units");
		}
		return user;
	}

	private CurrentUser requireOffice() {
		CurrentUser user = access.currentUser();
		if (!user.hasAnyRole(OFFICE.toArray(Role[]::new))) {
			throw DomainException.forbidden("only the office routes and rates grid events");
		}
		return user;
	}

	private static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.valueOf(id));
		}
		catch (NumberFormatException | NullPointerException e) {
			return Optional.empty();
		}
	}

	static DomainException notFound() {
		return DomainException.notFound("GRID_EVENT_NOT_FOUND", "no such grid event");
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
