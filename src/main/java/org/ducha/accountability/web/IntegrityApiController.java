package org.ducha.accountability.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.accountability.Commendation;
import org.ducha.accountability.Commendations;
import org.ducha.accountability.IntegrityFiles;
import org.ducha.accountability.IntegrityOpinionEntry;
import org.ducha.calendar.WorkingCalendar;
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
 * Integrity opinions and commendations (API.md "Accountability"): the opinion on one cadre as of a date
 * (JSON), the 党风廉政意见回复 for a list of cadres (.docx), commendations entered by the office.
 */
@RestController
@Tag(name = "Integrity file")
class IntegrityApiController {

	private final IntegrityFiles files;
	private final Commendations commendations;
	private final WorkingCalendar calendar;

	IntegrityApiController(IntegrityFiles files, Commendations commendations, WorkingCalendar calendar) {
		this.files = files;
		this.commendations = commendations;
		this.calendar = calendar;
	}

	record OpinionResponse(String cadreNo, LocalDate asOf, String opinion, List<String> reasons) {

		static OpinionResponse of(IntegrityOpinionEntry e) {
			return new OpinionResponse(e.cadreNo(), e.asOf(), e.opinion().name(), e.reasons());
		}
	}

	record OpinionsRequest(List<String> cadreNos, LocalDate asOf) {
	}

	record CommendationRequest(String title, String issuingBody, LocalDate awardedOn) {
	}

	record CommendationResponse(String id, String cadreNo, String title, String issuingBody, LocalDate awardedOn) {

		static CommendationResponse of(Commendation c) {
			return new CommendationResponse(String.valueOf(c.getId()), c.getCadreNo(), c.getTitle(), c.getIssuingBody(),
					c.getAwardedOn());
		}
	}

	@GetMapping("/api/v1/cadres/{cadreNo}/integrity-opinion")
	@Operation(summary = "The integrity opinion on a cadre as of a date (default today)")
	OpinionResponse opinion(@PathVariable String cadreNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		return OpinionResponse.of(files.opinionOf(cadreNo, asOf == null ? calendar.today() : asOf, locale));
	}

	@PostMapping("/api/v1/integrity-opinions")
	@Operation(summary = "The 党风廉政意见回复 covering a list of cadres as of a date (.docx)")
	ResponseEntity<byte[]> answer(@RequestBody OpinionsRequest body) {
		LocalDate asOf = body.asOf() == null ? calendar.today() : body.asOf();
		return FaultToleranceApiController.docx(out -> files.writeAnswer(body.cadreNos(), asOf, out),
				"integrity-opinions-" + asOf + ".docx");
	}

	@PostMapping("/api/v1/cadres/{cadreNo}/commendations")
	@Operation(summary = "Record a commendation on the cadre's file (office)")
	ResponseEntity<CommendationResponse> commend(@PathVariable String cadreNo, @RequestBody CommendationRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Commendation c = commendations.record(cadreNo, body.title(), body.issuingBody(), body.awardedOn(),
				idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(CommendationResponse.of(c));
	}
}
