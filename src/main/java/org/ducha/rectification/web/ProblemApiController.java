package org.ducha.rectification.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.calendar.TrafficLight;
import org.ducha.rectification.ProblemDrill;
import org.ducha.rectification.ProblemFilter;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.ProblemStatus;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Problems;
import org.ducha.rectification.Severity;
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
 * The problem endpoints of API.md "Problems and assignments". Creating: OFFICER, OFFICE_DIRECTOR
 * (honours {@code Idempotency-Key}); reading: the district roles and the unit roles, a unit role
 * only its unit's problems (another one answers 404). Any other role → 403.
 */
@RestController
@RequestMapping("/api/v1/problems")
@Tag(name = "Problems")
class ProblemApiController {

	static final Map<String, String> SORTABLE = Map.of("foundOn", "foundOn", "unitCode", "unitCode", "status", "status",
			"severity", "severity", "id", "id");

	private final Problems problems;
	private final ProblemExport export;

	ProblemApiController(Problems problems, ProblemExport export) {
		this.problems = problems;
		this.export = export;
	}

	@PostMapping
	@Operation(summary = "Create a problem and hand it to the unit as an assignment (default due 20 working days)")
	ResponseEntity<ProblemResponse> create(@RequestBody ProblemRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		ProblemView view = problems.create(body.toNewProblem(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(ProblemResponse.of(view));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A problem with its assignment")
	ProblemResponse get(@PathVariable String id) {
		return ProblemResponse.of(problems.get(id));
	}

	@GetMapping
	@Operation(summary = "The problems the caller sees, filtered; ?format=xlsx streams the whole filtered list")
	ListPage<ProblemResponse> list(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) ProblemStatus status, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) ProblemSource source, @RequestParam(required = false) Long campaignId,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String sort, ProblemDrill drill) {
		ProblemFilter filter = new ProblemFilter(blankToNull(unitCode), status, severity, source, campaignId,
				blankToNull(categoryCode), light, drill);
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), sortOf(sort));
		return ListPage.of(problems.search(filter, pageable), ProblemResponse::of);
	}

	@GetMapping(params = "format=xlsx")
	void export(@RequestParam(required = false) String unitCode, @RequestParam(required = false) ProblemStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) ProblemSource source,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) TrafficLight light, ProblemDrill drill, HttpServletResponse response)
			throws IOException {
		export.respond(new ProblemFilter(blankToNull(unitCode), status, severity, source, campaignId,
				blankToNull(categoryCode), light, drill), response);
	}

	static Sort sortOf(String sort) {
		Sort fallback = Sort.by(Sort.Order.desc("foundOn"), Sort.Order.desc("id"));
		if (sort == null || sort.isBlank()) {
			return fallback;
		}
		String[] parts = sort.split(",");
		String property = SORTABLE.get(parts[0].strip());
		if (property == null) {
			return fallback;
		}
		boolean desc = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
		return Sort.by(desc ? Sort.Order.desc(property) : Sort.Order.asc(property)).and(Sort.by(Sort.Order.desc("id")));
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
