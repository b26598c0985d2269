package org.ducha.accountability.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.CandidateView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The accountability candidates (问责线索) flagged by assignments, for the office. */
@RestController
@RequestMapping("/api/v1/accountability-candidates")
@Tag(name = "Accountability")
class CandidateApiController {

	private final AccountabilityCases cases;

	CandidateApiController(AccountabilityCases cases) {
		this.cases = cases;
	}

	@GetMapping
	@Operation(summary = "Open candidates, with the problem behind each and the suggested subjects")
	List<CandidateView> list() {
		return cases.openCandidates();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A candidate")
	CandidateView get(@PathVariable String id) {
		return cases.candidate(id);
	}

	@PostMapping("/{id}/dismiss")
	@Operation(summary = "Dismiss a candidate with a written reason")
	CandidateView dismiss(@PathVariable String id, @RequestBody CaseRequests.Reason body) {
		return cases.dismissCandidate(id, body.reason());
	}
}
