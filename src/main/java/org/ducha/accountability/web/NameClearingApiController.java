package org.ducha.accountability.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.accountability.FalseAccusations;
import org.ducha.accountability.FalseAccuserKind;
import org.ducha.accountability.NameClearing;
import org.ducha.accountability.NameClearingMethod;
import org.ducha.accountability.NameClearings;
import org.ducha.accountability.NewFalseAccusation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Name clearing and false accusation (SPEC §8.5), from a report concluded UNSUBSTANTIATED:
 * {@code POST /api/v1/reports/{reportId}/name-clearings {"cadreNo","method","scope"}} (office),
 * {@code POST /api/v1/name-clearings/{id}/approve} and {@code /refuse {"reason"}} (OFFICE_DIRECTOR);
 * {@code POST /api/v1/reports/{reportId}/false-accusation {"knowinglyFabricated":true,"facts",
 * "evidenceIds","accuserKind","accuserCadreNo"|"referredOn","referredTo"}} (office).
 */
@RestController
@Tag(name = "Name clearing and false accusation")
class NameClearingApiController {

	private final NameClearings clearings;
	private final FalseAccusations accusations;

	NameClearingApiController(NameClearings clearings, FalseAccusations accusations) {
		this.clearings = clearings;
		this.accusations = accusations;
	}

	record ClearingRequest(String cadreNo, NameClearingMethod method, String scope) {
	}

	record ReasonRequest(String reason) {
	}

	record ClearingResponse(String id, String reportId, String trackingNumber, String cadreNo, String method,
			String scope, String status, String proposedBy, LocalDate proposedOn, String decidedBy, LocalDate decidedOn,
			String refusalReason) {

		static ClearingResponse of(NameClearing c) {
			return new ClearingResponse(String.valueOf(c.getId()), c.getReportId(), c.getTrackingNumber(), c.getCadreNo(),
					c.getMethod().name(), c.getScope(), c.getStatus().name(), c.getProposedBy(), c.getProposedOn(),
					c.getDecidedBy(), c.getDecidedOn(), c.getRefusalReason());
		}
	}

	record FalseAccusationRequest(Boolean knowinglyFabricated, String facts, List<String> evidenceIds,
			FalseAccuserKind accuserKind, String accuserCadreNo, LocalDate referredOn, String referredTo) {
	}

	record FalseAccusationResponse(String id, String reportId, String trackingNumber, boolean knowinglyFabricated,
			String facts, List<String> evidenceIds, String accuserKind, String accuserCadreNo, String caseId,
			LocalDate referredOn, String referredTo, String recordedBy, LocalDate recordedOn) {

		static FalseAccusationResponse of(FalseAccusations.View v) {
			var r = v.record();
			return new FalseAccusationResponse(String.valueOf(r.getId()), r.getReportId(), r.getTrackingNumber(),
					r.isKnowinglyFabricated(), r.getFacts(), v.evidence().stream().map(a -> a.id()).toList(),
					r.getAccuserKind().name(), v.accuserCadreNo(), r.getCaseId(), r.getReferredOn(), r.getReferredTo(),
					r.getRecordedBy(), r.getRecordedOn());
		}
	}

	@PostMapping("/api/v1/reports/{reportId}/name-clearings")
	@Operation(summary = "Propose a name clearing for a cadre named in an unsubstantiated report (office)")
	ResponseEntity<ClearingResponse> propose(@PathVariable String reportId, @RequestBody ClearingRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		NameClearing c = clearings.propose(reportId, body.cadreNo(), body.method(), body.scope(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(ClearingResponse.of(c));
	}

	@GetMapping("/api/v1/name-clearings/{id}")
	ClearingResponse get(@PathVariable String id) {
		return ClearingResponse.of(clearings.get(id));
	}

	@PostMapping("/api/v1/name-clearings/{id}/approve")
	@Operation(summary = "Approve a name clearing (OFFICE_DIRECTOR)")
	ClearingResponse approve(@PathVariable String id) {
		return ClearingResponse.of(clearings.approve(id));
	}

	@PostMapping("/api/v1/name-clearings/{id}/refuse")
	@Operation(summary = "Refuse a name clearing with a reason (OFFICE_DIRECTOR)")
	ClearingResponse refuse(@PathVariable String id, @RequestBody ReasonRequest body) {
		return ClearingResponse.of(clearings.refuse(id, body.reason()));
	}

	@PostMapping("/api/v1/reports/{reportId}/false-accusation")
	@Operation(summary = "Record a knowingly fabricated named report as a false accusation (office)")
	ResponseEntity<FalseAccusationResponse> falseAccusation(@PathVariable String reportId,
			@RequestBody FalseAccusationRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		FalseAccusations.View v = accusations.record(new NewFalseAccusation(reportId,
				Boolean.TRUE.equals(body.knowinglyFabricated()), body.facts(), body.evidenceIds(), body.accuserKind(),
				body.accuserCadreNo(), body.referredOn(), body.referredTo()), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(FalseAccusationResponse.of(v));
	}
}
