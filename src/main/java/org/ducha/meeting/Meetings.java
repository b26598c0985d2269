package org.ducha.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.DataScope;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.NewProblem;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Problems;
import org.ducha.rectification.Severity;
import org.ducha.shared.DomainException;
import org.ducha.shared.DomainException.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and attendance (会议考勤, SPEC §9). The office (OFFICER, OFFICE_DIRECTOR) schedules a
 * meeting with its required attendees and the district leader who decides leave, checks each
 * attendee in and closes the check-in (every attendee then has a status by {@link AttendanceRule};
 * repeated unexcused absences become a problem by {@link RepeatedAbsenceRule}). Before the meeting
 * starts an attendee's unit — the attendee's own account, the unit principal or the unit liaison —
 * asks for leave in writing; only the user whose cadre is the meeting's leader approves or refuses.
 * District roles see every meeting; a unit role sees the meetings its units must attend; a cadre
 * sees the meetings it must attend or decides leave for (any other answers MEETING_NOT_FOUND, 404).
 * Every change is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

	static final Set<Role> MANAGERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR);
	static final Set<Role> READERS = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL,
			Role.UNIT_LIAISON, Role.CADRE);
	/** The month's notice covers every unit: the district roles read it. */
	static final Set<Role> READERS_OF_NOTICES = EnumSet.of(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);
	static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON);
	static final String AUDIT_TYPE = "Meeting";
	static final String LEAVE_AUDIT_TYPE = "MeetingLeaveRequest";
	static final int MAX_ATTENDEES = 300;

	private final MeetingRepository meetings;
	private final LeaveRequestRepository leaves;
	private final AbsenceProblemRepository absenceProblems;
	private final MeetingIdempotency idempotency;
	private final LeaveRequestIdempotency leaveKeys;
	private final Organization organization;
	private final Problems problems;
	private final Notifications notifications;
	private final AccessControl access;
	private final AuditLog audit;
	private final WorkingCalendar calendar;
	private final Clock clock;
	private final RepeatedAbsenceRule absenceRule;
	private final String absenceCategory;

	Meetings(MeetingRepository meetings, LeaveRequestRepository leaves, AbsenceProblemRepository absenceProblems,
			MeetingIdempotency idempotency, LeaveRequestIdempotency leaveKeys, Organization organization,
			Problems problems, Notifications notifications,
			AccessControl access, AuditLog audit, WorkingCalendar calendar, Clock clock,
			@Value("${ducha.meetings.absence-threshold:" + RepeatedAbsenceRule.DEFAULT_THRESHOLD + "}") int absenceThreshold,
			@Value("${ducha.meetings.absence-category:ZFZD-05}") String absenceCategory) {
		this.meetings = meetings;
		this.leaves = leaves;
		this.absenceProblems = absenceProblems;
		this.idempotency = idempotency;
		this.leaveKeys = leaveKeys;
		this.organization = organization;
		this.problems = problems;
		this.notifications = notifications;
		this.access = access;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
		this.absenceRule = new RepeatedAbsenceRule(absenceThreshold);
		this.absenceCategory = absenceCategory;
	}

	// --- scheduling ----------------------------------------------------------------------------

	/** Schedules a meeting (OFFICER, OFFICE_DIRECTOR) and notifies its attendees if it lies ahead. */
	@Transactional
	public Meeting schedule(NewMeeting input) {
		return schedule(input, null);
	}

	/**
	 * {@link #schedule(NewMeeting)} with an {@code Idempotency-Key}: the same key from the same user
	 * within 24 hours returns the meeting first created and creates nothing.
	 */
	@Transactional
	public Meeting schedule(NewMeeting input, String idempotencyKey) {
		CurrentUser user = requireRole(MANAGERS);
		Instant now = Instant.now(clock);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null) {
			Optional<Meeting> earlier = idempotency.find(user.username(), key, now).flatMap(meetings::findById);
			if (earlier.isPresent()) {
				return earlier.get().loaded();
			}
		}
		Meeting meeting = scheduleAt(input, user, now);
		if (key != null) {
			idempotency.remember(user.username(), key, meeting.getId(), now);
		}
		return meeting;
	}

	Meeting scheduleAt(NewMeeting input, CurrentUser user, Instant now) {
		List<Meeting.Invitee> invitees = validate(input);
		Meeting meeting = meetings.saveAndFlush(Meeting.schedule(input.title().strip(), instantOf(input.startsAt()),
				input.place().strip(), input.organizerUnitCode().strip(), input.leaderCadreNo().strip(), invitees,
				user.username(), now));
		meeting.announced();
		audit.record("MEETING_SCHEDULED", AUDIT_TYPE, id(meeting), "startsAt=" + meeting.getStartsAt() + ", leader="
				+ meeting.getLeaderCadreNo() + ", attendees=" + meeting.getAttendees().stream().map(Attendee::getCadreNo)
					.collect(Collectors.joining(",")));
		if (meeting.getStartsAt().isAfter(now)) {
			notifyAttendees(meeting, "scheduled");
		}
		return meetings.save(meeting).loaded();
	}

	/** Tells the attendees' own accounts and their units' liaisons that the meeting changed. */
	private void notifyAttendees(Meeting meeting, String occasion) {
		Set<String> recipients = new LinkedHashSet<>();
		access.usersOfCadres(meeting.getAttendees().stream().map(Attendee::getCadreNo).toList())
			.forEach(u -> recipients.add(u.username()));
		access.usersWithRoles(EnumSet.of(Role.UNIT_LIAISON),
				meeting.getAttendees().stream().map(Attendee::getUnitCode).distinct().toList())
			.forEach(u -> recipients.add(u.username()));
		if (!recipients.isEmpty()) {
			notifications.notify(recipients, NotificationKind.GENERIC_NEW_ITEM, link(meeting),
					"meeting:" + id(meeting) + ":" + occasion);
		}
	}

	/** Checks a meeting without saving it: VALIDATION_FAILED listing every offending field. */
	public void check(NewMeeting input) {
		validate(input);
	}

	private List<Meeting.Invitee> validate(NewMeeting input) {
		List<FieldError> errors = new ArrayList<>();
		if (isBlank(input.title())) {
			errors.add(new FieldError("title", "required"));
		}
		else if (input.title().strip().length() > 200) {
			errors.add(new FieldError("title", "at most 200 characters"));
		}
		if (input.startsAt() == null) {
			errors.add(new FieldError("startsAt", "required"));
		}
		else {
			LocalDateTime now = LocalDateTime.now(clock.withZone(zone()));
			if (input.startsAt().isBefore(now.minusYears(1)) || input.startsAt().isAfter(now.plusYears(2))) {
				errors.add(new FieldError("startsAt", "within a year before and two years after today"));
			}
		}
		if (isBlank(input.place())) {
			errors.add(new FieldError("place", "required"));
		}
		else if (input.place().strip().length() > 200) {
			errors.add(new FieldError("place", "at most 200 characters"));
		}
		if (isBlank(input.organizerUnitCode()) || organization.findUnit(input.organizerUnitCode().strip()).isEmpty()) {
			errors.add(new FieldError("organizerUnitCode", "unknown unit"));
		}
		if (isBlank(input.leaderCadreNo()) || organization.findCadre(input.leaderCadreNo().strip()).isEmpty()) {
			errors.add(new FieldError("leaderCadreNo", "unknown cadre"));
		}
		Map<String, Meeting.Invitee> invitees = new LinkedHashMap<>();
		for (int i = 0; i < input.unitCodes().size(); i++) {
			String code = input.unitCodes().get(i);
			Optional<Unit> unit = organization.findUnit(code);
			if (unit.isEmpty()) {
				errors.add(new FieldError("unitCodes[" + i + "]", "unknown unit"));
				continue;
			}
			Optional<Cadre> principal = organization.principalOf(code);
			if (principal.isEmpty()) {
				errors.add(new FieldError("unitCodes[" + i + "]", "the unit has no principal"));
				continue;
			}
			invitees.putIfAbsent(principal.get().getCadreNo(), inviteeOf(principal.get(), unit.get()));
		}
		Map<String, Cadre> cadres = organization.cadresByNo(input.cadreNos());
		for (int i = 0; i < input.cadreNos().size(); i++) {
			Cadre cadre = cadres.get(input.cadreNos().get(i));
			if (cadre == null) {
				errors.add(new FieldError("cadreNos[" + i + "]", "unknown cadre"));
				continue;
			}
			Optional<Unit> unit = organization.findUnit(cadre.getUnitCode());
			if (unit.isEmpty()) {
				errors.add(new FieldError("cadreNos[" + i + "]", "the cadre has no unit"));
				continue;
			}
			invitees.putIfAbsent(cadre.getCadreNo(), inviteeOf(cadre, unit.get()));
		}
		if (invitees.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("unitCodes")
				|| e.field().startsWith("cadreNos"))) {
			errors.add(new FieldError("attendees", "at least one required attendee"));
		}
		if (invitees.size() > MAX_ATTENDEES) {
			errors.add(new FieldError("attendees", "at most " + MAX_ATTENDEES));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		return List.copyOf(invitees.values());
	}

	private static Meeting.Invitee inviteeOf(Cadre cadre, Unit unit) {
		return new Meeting.Invitee(cadre.getCadreNo(), cadre.getName(), cadre.getPosition(), unit.getCode(), unit.getName());
	}

	// --- reading -------------------------------------------------------------------------------

	public Page<Meeting> search(MeetingFilter filter, Pageable pageable) {
		CurrentUser user = requireRole(READERS);
		Page<Meeting> page = meetings.findAll(specification(filter, user), pageable);
		page.forEach(Meeting::loaded);
		return page;
	}

	/** Every meeting matching the filter that the caller may see, latest first (the export). */
	public List<Meeting> all(MeetingFilter filter) {
		CurrentUser user = requireRole(READERS);
		List<Meeting> found = meetings.findAll(specification(filter, user),
				Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id")));
		found.forEach(Meeting::loaded);
		return found;
	}

	public Meeting require(String id) {
		CurrentUser user = requireRole(READERS);
		Meeting meeting = parse(id).flatMap(meetings::findById).filter(m -> visible(m, user))
			.orElseThrow(() -> DomainException.notFound("MEETING_NOT_FOUND", "no such meeting"));
		return meeting.loaded();
	}

	public MeetingDetails view(String id) {
		Meeting meeting = require(id);
		return details(meeting, leaves.findByMeetingIdOrderByIdAsc(meeting.getId()));
	}

	public LeaveRequest requireLeave(String leaveId) {
		LeaveRequest leave = parse(leaveId).flatMap(leaves::findById)
			.orElseThrow(() -> DomainException.notFound("LEAVE_REQUEST_NOT_FOUND", "no such leave request"));
		CurrentUser user = requireRole(READERS);
		Meeting meeting = meetings.findById(leave.getMeetingId()).filter(m -> visible(m, user))
			.orElseThrow(() -> DomainException.notFound("LEAVE_REQUEST_NOT_FOUND", "no such leave request"));
		meeting.loaded();
		return leave;
	}

	/** The leave requests waiting for the signed-in user's decision, oldest first. */
	public List<PendingLeave> pendingForMe() {
		CurrentUser user = requireRole(READERS);
		if (user.cadreNo() == null) {
			return List.of();
		}
		List<PendingLeave> pending = new ArrayList<>();
		for (Meeting m : meetings.findAll(
				(root, query, cb) -> cb.and(cb.equal(root.get("leaderCadreNo"), user.cadreNo()),
						cb.equal(root.get("status"), MeetingStatus.SCHEDULED)),
				Sort.by("startsAt"))) {
			m.loaded();
			for (LeaveRequest l : leaves.findByMeetingIdOrderByIdAsc(m.getId())) {
				if (l.getStatus() == LeaveStatus.PENDING) {
					pending.add(new PendingLeave(m, m.attendee(l.getCadreNo()).orElseThrow(), l));
				}
			}
		}
		return pending;
	}

	/** The number of scheduled meetings (home page figure of the office). */
	public long countScheduled() {
		return meetings.count((root, query, cb) -> cb.equal(root.get("status"), MeetingStatus.SCHEDULED));
	}

	/** The number of leave requests waiting for the leader with this cadre number (home page figure). */
	public long countPendingLeaveFor(String leaderCadreNo) {
		return leaderCadreNo == null ? 0 : leaves.countPendingForLeader(leaderCadreNo);
	}

	/** A leave request waiting for a decision, with its meeting and attendee. */
	public record PendingLeave(Meeting meeting, Attendee attendee, LeaveRequest leave) {
	}

	private MeetingDetails details(Meeting meeting, List<LeaveRequest> requests) {
		boolean settled = meeting.getStatus() == MeetingStatus.HELD;
		List<MeetingDetails.AttendeeState> states = new ArrayList<>();
		for (Attendee a : meeting.getAttendees()) {
			LeaveRequest counting = counting(requests, a.getCadreNo());
			AttendanceStatus status = settled ? a.getStatus()
					: meeting.getStatus() == MeetingStatus.SCHEDULED
							? AttendanceRule.statusOf(a.getMark(), LeaveOutcome.of(counting)) : null;
			states.add(new MeetingDetails.AttendeeState(a, counting, status, settled));
		}
		return new MeetingDetails(meeting, states, requests);
	}

	/** The request that counts for an attendee: the latest open one, else the latest refused one. */
	static LeaveRequest counting(List<LeaveRequest> requests, String cadreNo) {
		LeaveRequest latest = null;
		LeaveRequest latestOpen = null;
		for (LeaveRequest r : requests) {
			if (!r.getCadreNo().equals(cadreNo)) {
				continue;
			}
			latest = r;
			if (r.isOpen()) {
				latestOpen = r;
			}
		}
		return latestOpen != null ? latestOpen : latest;
	}

	// --- leave ---------------------------------------------------------------------------------

	/**
	 * Asks for leave for a required attendee (the attendee's own account, or the principal or
	 * liaison of the attendee's unit) before the meeting starts: 409 LEAVE_TOO_LATE after the start,
	 * 409 LEAVE_ALREADY_REQUESTED while an earlier request is pending or approved. The leader is notified.
	 */
	@Transactional
	public LeaveRequest requestLeave(String meetingId, NewLeaveRequest input) {
		return requestLeaveAt(meetingId, input, Instant.now(clock));
	}

	/**
	 * {@link #requestLeave(String, NewLeaveRequest)} with an {@code Idempotency-Key}: the same key from the same
	 * user within 24 hours returns the request first created (for that meeting) and creates nothing.
	 */
	@Transactional
	public LeaveRequest requestLeave(String meetingId, NewLeaveRequest input, String idempotencyKey) {
		CurrentUser user = requireRole(READERS);
		Instant now = Instant.now(clock);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null) {
			Optional<LeaveRequest> earlier = leaveKeys.find(user.username(), key, now).flatMap(leaves::findById)
				.filter(l -> String.valueOf(l.getMeetingId()).equals(meetingId));
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		LeaveRequest request = requestLeaveAt(meetingId, input, now);
		if (key != null) {
			leaveKeys.remember(user.username(), key, request.getId(), now);
		}
		return request;
	}

	LeaveRequest requestLeaveAt(String meetingId, NewLeaveRequest input, Instant now) {
		CurrentUser user = requireRole(READERS);
		Meeting meeting = require(meetingId);
		List<FieldError> errors = new ArrayList<>();
		Attendee attendee = null;
		if (isBlank(input.cadreNo())) {
			errors.add(new FieldError("cadreNo", "required"));
		}
		else {
			attendee = meeting.attendee(input.cadreNo().strip()).orElse(null);
			if (attendee == null) {
				errors.add(new FieldError("cadreNo", "not a required attendee of this meeting"));
			}
		}
		if (attendee != null && !maySubmitFor(user, attendee)) {
			throw DomainException.forbidden("only the attendee's unit may ask for leave");
		}
		if (isBlank(input.reason())) {
			errors.add(new FieldError("reason", "required"));
		}
		else if (input.reason().strip().length() > 2000) {
			errors.add(new FieldError("reason", "at most 2000 characters"));
		}
		String substituteNo = blankToNull(input.substituteCadreNo());
		String substituteName = blankToNull(input.substituteName());
		String substitutePosition = blankToNull(input.substitutePosition());
		if (substituteNo != null) {
			Optional<Cadre> substitute = organization.findCadre(substituteNo);
			if (substitute.isEmpty()) {
				errors.add(new FieldError("substituteCadreNo", "unknown cadre"));
			}
			else if (attendee != null && substitute.get().getCadreNo().equals(attendee.getCadreNo())) {
				errors.add(new FieldError("substituteCadreNo", "the attendee cannot substitute for themselves"));
			}
			else {
				substituteName = substitute.get().getName();
				substitutePosition = substitute.get().getPosition();
			}
		}
		else if (substituteName != null || substitutePosition != null) {
			if (substituteName == null) {
				errors.add(new FieldError("substituteName", "required with a position"));
			}
			else if (substituteName.length() > 100) {
				errors.add(new FieldError("substituteName", "at most 100 characters"));
			}
			if (substitutePosition == null) {
				errors.add(new FieldError("substitutePosition", "required with a name"));
			}
			else if (substitutePosition.length() > 200) {
				errors.add(new FieldError("substitutePosition", "at most 200 characters"));
			}
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		if (!meeting.acceptsLeaveAt(now)) {
			if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
				throw DomainException.illegalTransition(meeting.getStatus(), "requestLeave");
			}
			throw DomainException.conflict("LEAVE_TOO_LATE", "leave must be asked for before the meeting starts");
		}
		List<LeaveRequest> earlier = leaves.findByMeetingIdAndCadreNoOrderByIdAsc(meeting.getId(), attendee.getCadreNo());
		if (earlier.stream().anyMatch(LeaveRequest::isOpen)) {
			throw DomainException.conflict("LEAVE_ALREADY_REQUESTED", "a leave request for this attendee is pending or approved");
		}
		LeaveRequest leave = leaves.saveAndFlush(LeaveRequest.submit(meeting, attendee, input.reason().strip(), substituteNo,
				substituteName, substitutePosition, user.username(), now));
		leave.submitted();
		audit.record("MEETING_LEAVE_REQUESTED", LEAVE_AUDIT_TYPE, id(leave), "meeting=" + id(meeting) + ", cadre="
				+ attendee.getCadreNo() + ", substitute=" + (substituteName == null ? "-" : substituteName));
		List<String> leaders = access.usersOfCadres(List.of(meeting.getLeaderCadreNo())).stream()
			.map(CurrentUser::username).toList();
		if (!leaders.isEmpty()) {
			notifications.notify(leaders, NotificationKind.GENERIC_NEW_ITEM, link(meeting), "leave:" + id(leave) + ":requested");
		}
		return leaves.save(leave);
	}

	/** Approves a pending leave request (only the user whose cadre is the meeting's leader). */
	@Transactional
	public LeaveRequest approveLeave(String leaveId) {
		return decideAt(leaveId, true, null, Instant.now(clock));
	}

	/** Refuses a pending leave request with a reason (only the user whose cadre is the meeting's leader). */
	@Transactional
	public LeaveRequest refuseLeave(String leaveId, String reason) {
		return decideAt(leaveId, false, reason, Instant.now(clock));
	}

	LeaveRequest decideAt(String leaveId, boolean approve, String reason, Instant now) {
		LeaveRequest leave = requireLeave(leaveId);
		CurrentUser user = access.currentUser();
		Meeting meeting = meetings.findById(leave.getMeetingId()).orElseThrow();
		if (user.cadreNo() == null || !user.cadreNo().equals(meeting.getLeaderCadreNo())) {
			throw DomainException.forbidden("only the leader named on the meeting decides leave");
		}
		if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
			throw DomainException.illegalTransition(meeting.getStatus(), approve ? "approve" : "refuse");
		}
		if (approve) {
			leave.approve(user.username(), now);
		}
		else {
			if (isBlank(reason)) {
				throw DomainException.validation("reason", "required");
			}
			if (reason.strip().length() > 1000) {
				throw DomainException.validation("reason", "at most 1000 characters");
			}
			leave.refuse(reason.strip(), user.username(), now);
		}
		audit.record(approve ? "MEETING_LEAVE_APPROVED" : "MEETING_LEAVE_REFUSED", LEAVE_AUDIT_TYPE, id(leave),
				"meeting=" + id(meeting) + ", cadre=" + leave.getCadreNo());
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(leave.getSubmittedBy());
		access.usersOfCadres(List.of(leave.getCadreNo())).forEach(u -> recipients.add(u.username()));
		access.usersWithRoles(UNIT_ROLES, List.of(leave.getUnitCode())).forEach(u -> recipients.add(u.username()));
		notifications.notify(recipients, NotificationKind.GENERIC_NEW_ITEM, link(meeting), "leave:" + id(leave) + ":decided");
		return leaves.save(leave);
	}

	private boolean maySubmitFor(CurrentUser user, Attendee attendee) {
		if (user.cadreNo() != null && user.cadreNo().equals(attendee.getCadreNo())) {
			return true;
		}
		return user.roles().stream().anyMatch(UNIT_ROLES::contains) && access.scopeOf(user).coversUnit(attendee.getUnitCode());
	}

	/** Whether the signed-in user may ask for leave for this attendee (pages show the form only then). */
	public boolean maySubmitLeaveFor(Attendee attendee) {
		return access.findCurrentUser().map(u -> maySubmitFor(u, attendee)).orElse(false);
	}

	/** Whether leave may still be asked for (scheduled, not started). */
	public boolean acceptsLeave(Meeting meeting) {
		return meeting.acceptsLeaveAt(Instant.now(clock));
	}

	/** Whether check-in can be recorded now (scheduled, the day of the meeting reached). */
	public boolean checkInOpen(Meeting meeting) {
		return meeting.getStatus() == MeetingStatus.SCHEDULED
				&& !calendar.today().isBefore(localStart(meeting).toLocalDate());
	}

	/** Whether check-in can be closed now (scheduled, started). */
	public boolean closable(Meeting meeting) {
		return meeting.getStatus() == MeetingStatus.SCHEDULED && !Instant.now(clock).isBefore(meeting.getStartsAt());
	}

	/** Whether the signed-in user decides leave for this meeting. */
	public boolean decidesLeaveOf(Meeting meeting) {
		return access.findCurrentUser().map(u -> u.cadreNo() != null && u.cadreNo().equals(meeting.getLeaderCadreNo()))
			.orElse(false);
	}

	// --- check-in ------------------------------------------------------------------------------

	/** Records the office's check-in mark for an attendee (null clears it), while the meeting is SCHEDULED. */
	@Transactional
	public Meeting checkIn(String meetingId, String cadreNo, CheckInMark mark) {
		return checkInAt(meetingId, cadreNo, mark, Instant.now(clock));
	}

	Meeting checkInAt(String meetingId, String cadreNo, CheckInMark mark, Instant now) {
		requireRole(MANAGERS);
		Meeting meeting = require(meetingId);
		if (isBlank(cadreNo)) {
			throw DomainException.validation("cadreNo", "required");
		}
		meeting.checkIn(cadreNo.strip(), mark, now,
				!LocalDate.ofInstant(now, zone()).isBefore(localStart(meeting).toLocalDate()));
		audit.record("MEETING_CHECK_IN", AUDIT_TYPE, id(meeting), "cadre=" + cadreNo.strip() + ", mark="
				+ (mark == null ? "-" : mark.name()));
		return meetings.save(meeting).loaded();
	}

	/**
	 * Closes check-in (OFFICER, OFFICE_DIRECTOR): every attendee gets a status — nothing recorded
	 * counts as nobody came, a leave still pending as not approved — and each attendee whose
	 * unexcused absences that calendar year reach the threshold gets a problem (source ATTENDANCE).
	 */
	@Transactional
	public Meeting close(String meetingId) {
		return closeAt(meetingId, Instant.now(clock));
	}

	Meeting closeAt(String meetingId, Instant now) {
		requireRole(MANAGERS);
		Meeting meeting = require(meetingId);
		List<LeaveRequest> requests = leaves.findByMeetingIdOrderByIdAsc(meeting.getId());
		Map<String, LeaveOutcome> outcomes = new HashMap<>();
		for (Attendee a : meeting.getAttendees()) {
			outcomes.put(a.getCadreNo(), LeaveOutcome.of(counting(requests, a.getCadreNo())));
		}
		meeting.close(outcomes, now);
		meetings.saveAndFlush(meeting);
		audit.record("MEETING_CHECK_IN_CLOSED", AUDIT_TYPE, id(meeting), meeting.getAttendees().stream()
			.map(a -> a.getCadreNo() + ":" + a.getStatus()).collect(Collectors.joining(",")));
		for (Attendee a : meeting.getAttendees()) {
			if (a.getStatus().unexcused()) {
				pursueRepeatedAbsence(a, meeting, now);
			}
		}
		return meeting.loaded();
	}

	private void pursueRepeatedAbsence(Attendee attendee, Meeting meeting, Instant now) {
		boolean principal = organization.principalOf(attendee.getUnitCode())
			.filter(p -> p.getCadreNo().equals(attendee.getCadreNo())).isPresent();
		if (!principal) {
			return;
		}
		int year = meeting.getStartsAt().atZone(zone()).getYear();
		boolean exists = absenceProblems.existsById(new AbsenceProblem.Key(attendee.getCadreNo(), year));
		List<Meeting> missed = meetings.findHeldWithAttendance(attendee.getCadreNo(), AttendanceStatus.ABSENT,
				LocalDate.of(year, 1, 1).atStartOfDay(zone()).toInstant(),
				LocalDate.of(year + 1, 1, 1).atStartOfDay(zone()).toInstant());
		if (!absenceRule.problemDue(principal, missed.size(), exists)) {
			return;
		}
		String list = missed.stream()
			.map(m -> "《" + m.getTitle() + "》（" + m.getStartsAt().atZone(zone()).toLocalDate() + "）")
			.collect(Collectors.joining("、"));
		String description = attendee.getUnitName() + attendee.getCadreName()
				+ (attendee.getCadrePosition() == null ? "" : "（" + attendee.getCadrePosition() + "）") + year + "年"
				+ missed.size() + "次无故缺席区级会议：" + list + "。";
		ProblemView problem = problems.create(new NewProblem(attendee.getUnitCode(), absenceCategory, Severity.GENERAL,
				ProblemSource.ATTENDANCE, description, "严肃会风会纪，说明缺席原因，落实请假报备制度。",
				List.of(attendee.getCadreNo()), null, null, null, null));
		String problemId = String.valueOf(problem.problem().getId());
		absenceProblems.saveAndFlush(new AbsenceProblem(attendee.getCadreNo(), year, attendee.getUnitCode(), problemId, now));
		audit.record("MEETING_ABSENCE_PROBLEM_CREATED", AUDIT_TYPE, id(meeting), "cadre=" + attendee.getCadreNo()
				+ ", year=" + year + ", absences=" + missed.size() + ", problem=" + problemId);
	}

	/** The problem created for a cadre's repeated absences in a year, if any (its id). */
	public Optional<String> absenceProblemOf(String cadreNo, int year) {
		return absenceProblems.findById(new AbsenceProblem.Key(cadreNo, year)).map(AbsenceProblem::getProblemId);
	}

	/** Calls off a scheduled meeting (OFFICER, OFFICE_DIRECTOR) with a reason; the attendees are told if it lay ahead. */
	@Transactional
	public Meeting cancel(String meetingId, String reason) {
		requireRole(MANAGERS);
		Meeting meeting = require(meetingId);
		if (isBlank(reason)) {
			throw DomainException.validation("reason", "required");
		}
		if (reason.strip().length() > 1000) {
			throw DomainException.validation("reason", "at most 1000 characters");
		}
		Instant now = Instant.now(clock);
		meeting.cancel(reason.strip(), now);
		audit.record("MEETING_CANCELLED", AUDIT_TYPE, id(meeting), "reason=" + reason.strip());
		if (meeting.getStartsAt().isAfter(now)) {
			notifyAttendees(meeting, "cancelled");
		}
		return meetings.save(meeting).loaded();
	}

	// --- attendance for the notice, the bulletin and the ranking --------------------------------

	/**
	 * Every attendance of the meetings held in the month (district time), by meeting start, then
	 * attendee order. Like {@link #attendanceBetween} and {@link #attendanceByUnit} it checks no
	 * role: it serves the bulletin and the ranking, which check their own callers.
	 */
	public List<AttendanceLine> attendanceNotice(YearMonth month) {
		return attendanceBetween(month.atDay(1), month.atEndOfMonth());
	}

	/**
	 * Every attendance of the meetings held (check-in closed) whose start lies between the two
	 * district days inclusive: one line per meeting and required attendee, by meeting start, then
	 * attendee order. Scheduled and cancelled meetings are not included.
	 */
	public List<AttendanceLine> attendanceBetween(LocalDate from, LocalDate to) {
		List<Meeting> held = meetings.findByStatusBetween(MeetingStatus.HELD, from.atStartOfDay(zone()).toInstant(),
				to.plusDays(1).atStartOfDay(zone()).toInstant());
		held.forEach(Meeting::loaded);
		Map<Long, List<LeaveRequest>> requests = held.isEmpty() ? Map.of()
				: leaves.findByMeetingIdInOrderByIdAsc(held.stream().map(Meeting::getId).toList()).stream()
					.collect(Collectors.groupingBy(LeaveRequest::getMeetingId));
		List<AttendanceLine> lines = new ArrayList<>();
		for (Meeting m : held) {
			lines.addAll(linesOf(m, requests.getOrDefault(m.getId(), List.of())));
		}
		return lines;
	}

	/**
	 * {@link #attendanceBetween} for the district roles (OFFICER, OFFICE_DIRECTOR, LEADER) — the
	 * attendance ledger of the API and its export. VALIDATION_FAILED unless {@code from} ≤ {@code to}
	 * and the period is at most five years.
	 */
	public List<AttendanceLine> attendanceLedger(LocalDate from, LocalDate to) {
		requireRole(READERS_OF_NOTICES);
		if (from == null || to == null) {
			throw DomainException.validation(from == null ? "from" : "to", "required");
		}
		if (to.isBefore(from) || to.isAfter(from.plusYears(5))) {
			throw DomainException.validation("to", "on or after from, at most five years later");
		}
		return attendanceBetween(from, to);
	}

	/** The attendance lines of one meeting the caller may see (empty unless it is held). */
	public List<AttendanceLine> attendanceOf(String meetingId) {
		Meeting meeting = require(meetingId);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			return List.of();
		}
		return linesOf(meeting, leaves.findByMeetingIdOrderByIdAsc(meeting.getId()));
	}

	private List<AttendanceLine> linesOf(Meeting m, List<LeaveRequest> requests) {
		LocalDateTime start = LocalDateTime.ofInstant(m.getStartsAt(), zone());
		List<AttendanceLine> lines = new ArrayList<>();
		for (Attendee a : m.getAttendees()) {
			LeaveRequest leave = a.getStatus() == AttendanceStatus.SUBSTITUTE_APPROVED ? counting(requests, a.getCadreNo()) : null;
			lines.add(new AttendanceLine(id(m), m.getTitle(), start, a.getUnitCode(), a.getUnitName(), a.getCadreNo(),
					a.getCadreName(), a.getCadrePosition(), a.getStatus(), leave == null ? null : leave.getSubstituteName(),
					leave == null ? null : leave.getSubstitutePosition()));
		}
		return lines;
	}

	/** The attendance notice of the meetings held in a month (district time). */
	public AttendanceNotice notice(YearMonth month) {
		requireRole(READERS_OF_NOTICES);
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		List<Meeting> held = meetings.findByStatusBetween(MeetingStatus.HELD, from.atStartOfDay(zone()).toInstant(),
				to.plusDays(1).atStartOfDay(zone()).toInstant());
		held.forEach(Meeting::loaded);
		Map<Long, List<LeaveRequest>> requests = held.isEmpty() ? Map.of()
				: leaves.findByMeetingIdInOrderByIdAsc(held.stream().map(Meeting::getId).toList()).stream()
					.collect(Collectors.groupingBy(LeaveRequest::getMeetingId));
		List<AttendanceNotice.MeetingPart> parts = new ArrayList<>();
		for (Meeting m : held) {
			parts.add(AttendanceNotice.partOf(m, localStart(m), linesOf(m, requests.getOrDefault(m.getId(), List.of()))));
		}
		return new AttendanceNotice(from, to, parts);
	}

	/** The attendance notice of one held meeting the caller may see; 409 ILLEGAL_TRANSITION before check-in is closed. */
	public AttendanceNotice notice(String meetingId) {
		Meeting meeting = require(meetingId);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw DomainException.illegalTransition(meeting.getStatus(), "notice");
		}
		LocalDate day = localStart(meeting).toLocalDate();
		return new AttendanceNotice(day, day, List.of(AttendanceNotice.partOf(meeting, localStart(meeting),
				linesOf(meeting, leaves.findByMeetingIdOrderByIdAsc(meeting.getId())))));
	}

	/** Each unit's attendance at the meetings held between the two district days inclusive, by unit code. */
	public Map<String, UnitAttendance> attendanceByUnit(LocalDate from, LocalDate to) {
		Map<String, UnitAttendance> byUnit = new TreeMap<>();
		for (AttendanceLine line : attendanceBetween(from, to)) {
			byUnit.merge(line.unitCode(), UnitAttendance.empty(line.unitCode(), line.unitName()).plus(line.status()),
					(a, b) -> a.plus(line.status()));
		}
		return byUnit;
	}

	// --- helpers -------------------------------------------------------------------------------

	public boolean mayReadNotices() {
		return access.findCurrentUser().map(u -> u.roles().stream().anyMatch(READERS_OF_NOTICES::contains)).orElse(false);
	}

	public boolean mayManage() {
		return access.findCurrentUser().map(u -> u.roles().stream().anyMatch(MANAGERS::contains)).orElse(false);
	}

	public ZoneId zone() {
		return calendar.zone();
	}

	public LocalDateTime localStart(Meeting meeting) {
		return LocalDateTime.ofInstant(meeting.getStartsAt(), zone());
	}

	private Instant instantOf(LocalDateTime local) {
		return local.atZone(zone()).toInstant();
	}

	private CurrentUser requireRole(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (user.roles().stream().noneMatch(roles::contains)) {
			throw DomainException.forbidden("role may not do this");
		}
		return user;
	}

	private boolean visible(Meeting meeting, CurrentUser user) {
		DataScope scope = access.scopeOf(user);
		if (scope.districtWide()) {
			return true;
		}
		if (user.cadreNo() != null && (user.cadreNo().equals(meeting.getLeaderCadreNo()) || meeting.requires(user.cadreNo()))) {
			return true;
		}
		return user.roles().stream().anyMatch(UNIT_ROLES::contains)
				&& meeting.getAttendees().stream().anyMatch(a -> scope.coversUnit(a.getUnitCode()));
	}

	private Specification<Meeting> specification(MeetingFilter filter, CurrentUser user) {
		DataScope scope = access.scopeOf(user);
		boolean unitRole = user.roles().stream().anyMatch(UNIT_ROLES::contains);
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!scope.districtWide()) {
				List<Predicate> visible = new ArrayList<>();
				Subquery<Long> sub = query.subquery(Long.class);
				var m = sub.from(Meeting.class);
				Join<Meeting, Attendee> a = m.join("attendees");
				List<Predicate> attendeeMatch = new ArrayList<>();
				if (user.cadreNo() != null) {
					attendeeMatch.add(cb.equal(a.get("cadreNo"), user.cadreNo()));
					visible.add(cb.equal(root.get("leaderCadreNo"), user.cadreNo()));
				}
				if (unitRole && !scope.unitCodes().isEmpty()) {
					attendeeMatch.add(a.get("unitCode").in(scope.unitCodes()));
				}
				if (!attendeeMatch.isEmpty()) {
					sub.select(m.get("id")).where(cb.equal(m.get("id"), root.get("id")),
							cb.or(attendeeMatch.toArray(Predicate[]::new)));
					visible.add(cb.exists(sub));
				}
				if (visible.isEmpty()) {
					return cb.disjunction();
				}
				where.add(cb.or(visible.toArray(Predicate[]::new)));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.unitCode() != null) {
				Subquery<Long> sub = query.subquery(Long.class);
				var m = sub.from(Meeting.class);
				Join<Meeting, Attendee> a = m.join("attendees");
				sub.select(m.get("id")).where(cb.equal(m.get("id"), root.get("id")), cb.equal(a.get("unitCode"), filter.unitCode()));
				where.add(cb.exists(sub));
			}
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("startsAt"), filter.from().atStartOfDay(zone()).toInstant()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(root.get("startsAt"), filter.to().plusDays(1).atStartOfDay(zone()).toInstant()));
			}
			if (filter.text() != null && !filter.text().isBlank()) {
				where.add(cb.like(cb.lower(root.get("title")), "%" + escape(filter.text().strip().toLowerCase()) + "%", '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static String link(Meeting meeting) {
		return "/meetings/" + meeting.getId();
	}

	static String id(Meeting meeting) {
		return String.valueOf(meeting.getId());
	}

	static String id(LeaveRequest leave) {
		return String.valueOf(leave.getId());
	}

	static Optional<Long> parse(String id) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
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
