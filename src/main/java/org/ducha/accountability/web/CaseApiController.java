package org.ducha.accountability.web;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.CaseDrill;
import org.ducha.accountability.CaseFilter;
import org.ducha.accountability.CaseStatus;
import org.ducha.organization.JurisdictionLevel;
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
 * The case endpoints of API.md "Accountability". Opening and proposals: OFFICER, OFFICE_DIRECTOR (opening honours
 * {@code Idempotency-Key}); the other steps by the case's handler ({@link AccountabilityCases}); reading: the
 * district roles, and a unit principal the UNIT cases of its unit. Outside the caller's scope → 404.
 */
@RestController
@RequestMapping("/api/v1/accountability-cases")
@Tag(name = "Accountability")
class CaseApiController {

	static final Map<String, String> SORTABLE = Map.of("openedOn", "openedOn", "decidedOn", "decidedOn", "status",
			"status", "id", "id");

	private final AccountabilityCases cases;
	private final CaseExport export;

	CaseApiController(AccountabilityCases cases, CaseExport export) {
		this.cases = cases;
		this.export = export;
	}

	@PostMapping
	@Operation(summary = "Open a case: jurisdiction computed, 一案双究 proposals listed")
	ResponseEntity<CaseResponse> open(@RequestBody CaseRequests.OpenCase body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return ResponseEntity.status(HttpStatus.CREATED).body(CaseResponse.of(cases.open(body.toNewCase(), idempotencyKey)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case")
	CaseResponse get(@PathVariable String id) {
		return CaseResponse.of(cases.view(id));
	}

	@GetMapping
	@Operation(summary = "The cases the caller sees, filtered; ?format=xlsx streams the whole filtered list")
	ListPage<CaseResponse> list(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) JurisdictionLevel jurisdiction,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String cadreNo,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, CaseDrill drill) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), sortOf(sort));
		return ListPage.of(cases.search(filter(status, jurisdiction, unitCode, cadreNo, overdue, drill), pageable),
				CaseResponse::of);
	}

	@GetMapping(params = "format=xlsx")
	void export(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) JurisdictionLevel jurisdiction,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String cadreNo,
			@RequestParam(required = false) Boolean overdue, CaseDrill drill, HttpServletResponse response)
			throws IOException {
		export.respond(filter(status, jurisdiction, unitCode, cadreNo, overdue, drill), response);
	}

	@PostMapping("/{id}/proposals/{proposalId}/open")
	@Operation(summary = "Open a 一案双究 proposal as a case whose basis is this case")
	CaseResponse openProposal(@PathVariable String id, @PathVariable String proposalId,
			@RequestBody(required = false) CaseRequests.OpenProposal body) {
		return CaseResponse.of(cases.openProposal(id, proposalId, body == null ? null : body.facts()));
	}

	@PostMapping("/{id}/proposals/{proposalId}/dismiss")
	@Operation(summary = "Dismiss a 一案双究 proposal with a written reason")
	CaseResponse dismissProposal(@PathVariable String id, @PathVariable String proposalId,
			@RequestBody CaseRequests.Reason body) {
		return CaseResponse.of(cases.dismissProposal(id, proposalId, body.reason()));
	}

	@PostMapping("/{id}/investigation")
	@Operation(summary = "Start the investigation (OPENED → INVESTIGATING)")
	CaseResponse investigate(@PathVariable String id) {
		return CaseResponse.of(cases.startInvestigation(id));
	}

	@PostMapping("/{id}/proposal")
	@Operation(summary = "Propose the handling (INVESTIGATING → PROPOSED)")
	CaseResponse propose(@PathVariable String id, @RequestBody CaseRequests.Handling body) {
		return CaseResponse.of(cases.propose(id, body.handling()));
	}

	@PostMapping("/{id}/defence")
	@Operation(summary = "Record the subject's statement and defence (陈述申辩), or that the subject declined")
	CaseResponse defence(@PathVariable String id, @RequestBody CaseRequests.Defence body) {
		return CaseResponse.of(cases.recordDefence(id, body.statement(), Boolean.TRUE.equals(body.declined())));
	}

	@PostMapping("/{id}/referral")
	@Operation(summary = "A CITY case: record its referral to the city")
	CaseResponse referral(@PathVariable String id, @RequestBody CaseRequests.Referral body) {
		return CaseResponse.of(cases.recordReferral(id, body.to(), body.referredOn()));
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decide: forms, date, document number; 409 while a proposal or the defence is open")
	CaseResponse decide(@PathVariable String id, @RequestBody CaseRequests.Decision body) {
		return CaseResponse.of(cases.decide(id, body.toDraft()));
	}

	@PostMapping("/{id}/not-pursued")
	@Operation(summary = "End the case without accountability (不予问责), with the reason")
	CaseResponse notPursue(@PathVariable String id, @RequestBody CaseRequests.Reason body) {
		return CaseResponse.of(cases.notPursue(id, body.reason()));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Archive a decided case")
	CaseResponse close(@PathVariable String id) {
		return CaseResponse.of(cases.close(id));
	}

	@PostMapping("/{id}/takeover")
	@Operation(summary = "Take over a UNIT case whose deadline passed; the delay becomes a problem of the unit")
	CaseResponse takeOver(@PathVariable String id) {
		return CaseResponse.of(cases.takeOver(id));
	}

	@PostMapping("/{id}/appeal")
	@Operation(summary = "Record an appeal, within one month of delivery")
	CaseResponse appeal(@PathVariable String id, @RequestBody CaseRequests.Appeal body) {
		return CaseResponse.of(cases.fileAppeal(id, body.filedOn(), body.reason()));
	}

	@PostMapping("/{id}/appeal/decision")
	@Operation(summary = "Answer the appeal: UPHELD, VARIED (with forms) or REVOKED")
	CaseResponse appealDecision(@PathVariable String id, @RequestBody CaseRequests.AppealDecision body) {
		return CaseResponse.of(cases.decideAppeal(id, body.outcome(), body.forms(), body.probationMonths()));
	}

	static CaseFilter filter(CaseStatus status, JurisdictionLevel jurisdiction, String unitCode, String cadreNo,
			Boolean overdue, CaseDrill drill) {
		return new CaseFilter(status, jurisdiction, blankToNull(unitCode), blankToNull(cadreNo), overdue, drill);
	}

	static Sort sortOf(String sort) {
		Sort fallback = Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("id"));
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
