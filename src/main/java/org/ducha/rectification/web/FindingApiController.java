package org.ducha.rectification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.rectification.FindingStatus;
import org.ducha.rectification.InspectionFinding;
import org.ducha.rectification.InspectionFindings;
import org.ducha.rectification.ProblemView;
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
 * Inspection findings (明察暗访). Recording: INSPECTOR; reading: the inspector their own findings, the
 * office all; turning into a problem ({@code POST …/{id}/problem}, the problem body, source
 * INSPECTION) and dismissing ({@code POST …/{id}/dismiss {"reason"}}): OFFICER, OFFICE_DIRECTOR.
 */
@RestController
@RequestMapping("/api/v1/inspection-findings")
@Tag(name = "Inspection findings")
class FindingApiController {

	private final InspectionFindings findings;
	private final WorkingCalendar calendar;
	private final FindingExport export;

	FindingApiController(InspectionFindings findings, WorkingCalendar calendar, FindingExport export) {
		this.export = export;
		this.findings = findings;
		this.calendar = calendar;
	}

	@PostMapping
	@Operation(summary = "Record a finding with photos (INSPECTOR)")
	ResponseEntity<FindingResponse> record(@RequestBody FindingRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		InspectionFinding finding = findings.record(body.toNewFinding(calendar.zone()), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(response(finding));
	}

	@GetMapping(params = "format=xlsx")
	@Operation(summary = "The findings the caller sees as a streamed .xlsx")
	void listXlsx(@RequestParam(required = false) FindingStatus status, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		export.respond(status, response);
	}

	@GetMapping
	@Operation(summary = "Findings the caller sees: an inspector their own, the office all")
	ListPage<FindingResponse> list(@RequestParam(required = false) FindingStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200),
				Sort.by(Sort.Order.desc("observedAt"), Sort.Order.desc("id")));
		return ListPage.of(findings.list(status, pageable), this::response);
	}

	@GetMapping("/{id}")
	FindingResponse get(@PathVariable String id) {
		return response(findings.get(id));
	}

	@PostMapping("/{id}/problem")
	@Operation(summary = "Turn the finding into a problem (source INSPECTION) handed to the unit (honours Idempotency-Key)")
	ResponseEntity<ProblemResponse> convert(@PathVariable String id, @RequestBody ProblemRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		ProblemView view = findings.convert(id, body.toNewProblem(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(ProblemResponse.of(view));
	}

	@PostMapping("/{id}/dismiss")
	@Operation(summary = "Dismiss the finding with a reason")
	FindingResponse dismiss(@PathVariable String id, @RequestBody ReasonRequest body) {
		return response(findings.dismiss(id, body.reason()));
	}

	private FindingResponse response(InspectionFinding finding) {
		return FindingResponse.of(finding, findings.photosOf(finding), calendar.zone());
	}
}
