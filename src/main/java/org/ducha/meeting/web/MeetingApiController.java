package org.ducha.meeting.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.meeting.AttendanceLine;
import org.ducha.meeting.Meeting;
import org.ducha.meeting.MeetingFilter;
import org.ducha.meeting.MeetingStatus;
import org.ducha.meeting.Meetings;
import org.ducha.shared.DomainException;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meeting endpoints (API.md conventions). Scheduling, check-in, closing and cancelling
 * OFFICER and OFFICE_DIRECTOR; leave requests the attendee's unit (own account, principal,
 * liaison); approving and refusing only the leader named on the meeting (others 403); reading the
 * district roles, and the unit roles and cadres for the meetings they must attend (others 404).
 */
@RestController
@Tag(name = "Meetings")
class MeetingApiController {

	static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title", "status", "status");

	private final Meetings meetings;
	private final MeetingExport export;
	private final AttendanceExport attendanceExport;

	MeetingApiController(Meetings meetings, MeetingExport export, AttendanceExport attendanceExport) {
		this.meetings = meetings;
		this.export = export;
		this.attendanceExport = attendanceExport;
	}

	@PostMapping("/api/v1/meetings")
	@Operation(summary = "Schedule a meeting with its required attendees (honours Idempotency-Key)")
	ResponseEntity<MeetingResponse> create(@RequestBody MeetingRequests.Create body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Meeting meeting = meetings.schedule(body.toNewMeeting(meetings.zone()), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(view(String.valueOf(meeting.getId())));
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "Meetings visible to the caller, filtered; ?format=xlsx for the whole list")
	ListPage<MeetingListItem> list(@RequestParam(required = false) MeetingStatus status,
			@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
		MeetingFilter filter = new MeetingFilter(status, blank(unitCode), from, to, blank(q));
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), sortOf(sort));
		return ListPage.of(meetings.search(filter, pageable), m -> MeetingListItem.of(m, meetings.zone()));
	}

	@GetMapping(path = "/api/v1/meetings", params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) MeetingStatus status, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		export.respond(new MeetingFilter(status, blank(unitCode), from, to, blank(q)), response);
	}

	@GetMapping("/api/v1/meetings/attendance")
	@Operation(summary = "The attendance ledger: every required attendee of the meetings held between from and to (district roles)")
	ListPage<AttendanceLine> ledger(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<AttendanceLine> lines = meetings.attendanceLedger(from, to);
		return new ListPage<>(lines, 0, lines.size(), lines.size());
	}

	@GetMapping(path = "/api/v1/meetings/attendance", params = "format=xlsx")
	void ledgerXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		attendanceExport.respond(meetings.attendanceLedger(from, to), response);
	}

	@GetMapping("/api/v1/meetings/{id}")
	MeetingResponse get(@PathVariable String id) {
		return view(id);
	}

	@GetMapping("/api/v1/meetings/{id}/attendance")
	@Operation(summary = "The attendance of a held meeting, one line per required attendee (empty before check-in closes)")
	ListPage<AttendanceLine> attendance(@PathVariable String id) {
		List<AttendanceLine> lines = meetings.attendanceOf(id);
		return new ListPage<>(lines, 0, lines.size(), lines.size());
	}

	@GetMapping(path = "/api/v1/meetings/{id}/attendance", params = "format=xlsx")
	void attendanceXlsx(@PathVariable String id, HttpServletResponse response) throws IOException {
		attendanceExport.respond(meetings.attendanceOf(id), response);
	}

	@PostMapping("/api/v1/meetings/{id}/leave-requests")
	@Operation(summary = "Ask for leave for a required attendee before the meeting starts, with reason and substitute (honours Idempotency-Key)")
	ResponseEntity<LeaveResponse> requestLeave(@PathVariable String id, @RequestBody MeetingRequests.Leave body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(LeaveResponse.of(meetings.requestLeave(id, body.toNewLeaveRequest(), idempotencyKey), meetings.zone()));
	}

	@GetMapping("/api/v1/leave-requests/{id}")
	LeaveResponse getLeave(@PathVariable String id) {
		return LeaveResponse.of(meetings.requireLeave(id), meetings.zone());
	}

	@PostMapping("/api/v1/leave-requests/{id}/approve")
	@Operation(summary = "Approve a pending leave request (the leader named on the meeting)")
	LeaveResponse approve(@PathVariable String id) {
		return LeaveResponse.of(meetings.approveLeave(id), meetings.zone());
	}

	@PostMapping("/api/v1/leave-requests/{id}/refuse")
	@Operation(summary = "Refuse a pending leave request with a reason (the leader named on the meeting)")
	LeaveResponse refuse(@PathVariable String id, @RequestBody(required = false) MeetingRequests.Refusal body) {
		return LeaveResponse.of(meetings.refuseLeave(id, body == null ? null : body.reason()), meetings.zone());
	}

	@PostMapping("/api/v1/meetings/{id}/check-in")
	@Operation(summary = "Record one attendee's check-in mark: PRESENT, LATE, SUBSTITUTE, ABSENT, or null to clear")
	MeetingResponse checkIn(@PathVariable String id, @RequestBody MeetingRequests.CheckIn body) {
		meetings.checkIn(id, body.cadreNo(), body.toMark());
		return view(id);
	}

	@PostMapping("/api/v1/meetings/{id}/close")
	@Operation(summary = "Close check-in: every attendee gets a status (unrecorded: ABSENT); repeated absences become problems")
	MeetingResponse close(@PathVariable String id) {
		meetings.close(id);
		return view(id);
	}

	@PostMapping("/api/v1/meetings/{id}/cancel")
	@Operation(summary = "Call off a scheduled meeting with a reason")
	MeetingResponse cancel(@PathVariable String id, @RequestBody(required = false) MeetingRequests.Cancellation body) {
		meetings.cancel(id, body == null ? null : body.reason());
		return view(id);
	}

	private MeetingResponse view(String id) {
		return MeetingResponse.of(meetings.view(id), meetings.zone());
	}

	static Sort sortOf(String sort) {
		Sort fallback = Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"));
		if (sort == null || sort.isBlank()) {
			return fallback;
		}
		String[] parts = sort.split(",");
		String property = SORTABLE.get(parts[0].strip());
		if (property == null) {
			throw DomainException.validation("sort", "one of " + String.join(", ", SORTABLE.keySet()));
		}
		boolean desc = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
		return Sort.by(desc ? Sort.Order.desc(property) : Sort.Order.asc(property)).and(Sort.by(Sort.Order.desc("id")));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
