package org.ducha.assignment.web;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.ducha.assignment.AssignmentDrill;
import org.ducha.assignment.AssignmentFilter;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentStatus;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.calendar.TrafficLight;
import org.ducha.shared.DomainException;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assignment endpoints of API.md. Reading: OFFICER, OFFICE_DIRECTOR, LEADER (the district) and
 * UNIT_PRINCIPAL, UNIT_LIAISON (their unit and the units below). The unit signs, reports progress,
 * submits and asks for extensions; OFFICER and OFFICE_DIRECTOR close, return, decide extensions and
 * urge. Another role → 403; outside the caller's scope → 404; a step the state does not allow → 409.
 */
@RestController
@RequestMapping("/api/v1/assignments")
@Tag(name = "Assignments")
class AssignmentApiController {

	private final Assignments assignments;
	private final AssignmentExports exports;

	AssignmentApiController(Assignments assignments, AssignmentExports exports) {
		this.assignments = assignments;
		this.exports = exports;
	}

	@GetMapping
	@Operation(summary = "Assignments visible to the caller, by urgency (RED first, most overdue, nearest due) or "
			+ "?sort=dueOn|issuedOn|unitCode|status[,asc|desc]; ?format=xlsx for the whole list")
	ListPage<AssignmentView> list(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) TrafficLight light, @RequestParam(required = false) AssignmentStatus status,
			@RequestParam(required = false) AssignmentKind kind, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String sort, AssignmentDrill drill) {
		AssignmentFilter filter = new AssignmentFilter(unitCode, light, status, kind, open, drill);
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), sortOf(sort));
		return ListPage.of(assignments.search(filter, pageable), v -> v);
	}

	/** The fields a list may be sorted by (API.md {@code sort=field,desc}), by their API names. */
	static final Map<String, String> SORTABLE = Map.of("dueOn", "dueOn", "issuedOn", "issuedOn", "unitCode", "unitCode",
			"status", "status");

	/**
	 * {@code field[,asc|desc]} over {@link #SORTABLE}; none means the default order (urgency). Any other
	 * field or direction is VALIDATION_FAILED on {@code sort}, never a silent fallback or a path into the entity.
	 */
	static Sort sortOf(String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.unsorted();
		}
		String[] parts = sort.split(",", -1);
		String property = SORTABLE.get(parts[0].strip());
		String direction = parts.length > 1 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
		if (property == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
			throw DomainException.validation("sort", "not a sortable field");
		}
		return Sort.by(direction.equals("desc") ? Sort.Order.desc(property) : Sort.Order.asc(property));
	}

	@GetMapping(params = "format=xlsx")
	void export(@RequestParam(required = false) String unitCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) AssignmentStatus status, @RequestParam(required = false) AssignmentKind kind,
			@RequestParam(defaultValue = "false") boolean open, AssignmentDrill drill, HttpServletResponse response)
			throws IOException {
		exports.export(new AssignmentFilter(unitCode, light, status, kind, open, drill), response);
	}

	@GetMapping("/{id}")
	AssignmentResponse get(@PathVariable String id) {
		return AssignmentResponse.of(assignments.details(id));
	}

	@PostMapping("/{id}/sign")
	AssignmentResponse sign(@PathVariable String id, @RequestBody(required = false) Map<String, Object> ignored) {
		return after(id, () -> assignments.sign(id));
	}

	@PostMapping("/{id}/progress")
	AssignmentResponse progress(@PathVariable String id, @RequestBody AssignmentRequests.Progress body) {
		return after(id, () -> assignments.reportProgress(id, body.text(), body.percent(), body.metricValues()));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit the result with at least one evidence attachment (uploaded with POST /api/v1/attachments)")
	AssignmentResponse submit(@PathVariable String id, @RequestBody AssignmentRequests.Submit body) {
		return after(id, () -> assignments.submit(id, body.result(), body.evidenceIds()));
	}

	@PostMapping("/{id}/close")
	AssignmentResponse close(@PathVariable String id, @RequestBody(required = false) Map<String, Object> ignored) {
		return after(id, () -> assignments.close(id));
	}

	@PostMapping("/{id}/return")
	AssignmentResponse returnResult(@PathVariable String id, @RequestBody AssignmentRequests.Reason body) {
		return after(id, () -> assignments.returnResult(id, body.reason()));
	}

	@PostMapping("/{id}/extension-requests")
	@Operation(summary = "Ask for a later due date before the due date (201); the issuer approves or refuses it (honours Idempotency-Key)")
	ResponseEntity<AssignmentResponse> requestExtension(@PathVariable String id,
			@RequestBody AssignmentRequests.Extension body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		assignments.requestExtension(id, body.newDueOn(), body.reason(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(AssignmentResponse.of(assignments.details(id)));
	}

	@PostMapping("/{id}/extension-requests/{requestId}/approve")
	AssignmentResponse approveExtension(@PathVariable String id, @PathVariable long requestId) {
		return after(id, () -> assignments.decideExtension(id, requestId, true));
	}

	@PostMapping("/{id}/extension-requests/{requestId}/refuse")
	AssignmentResponse refuseExtension(@PathVariable String id, @PathVariable long requestId) {
		return after(id, () -> assignments.decideExtension(id, requestId, false));
	}

	@PostMapping("/{id}/urge")
	AssignmentResponse urge(@PathVariable String id, @RequestBody AssignmentRequests.Text body) {
		return after(id, () -> assignments.urge(id, body.text()));
	}

	private AssignmentResponse after(String id, Supplier<AssignmentView> step) {
		step.get();
		return AssignmentResponse.of(assignments.details(id));
	}
}
