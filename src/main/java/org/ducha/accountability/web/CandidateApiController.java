package org.ducha.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.CandidateView;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accountability candidates (问责线索) flagged by assignments, for the office. The list is API.md's
 * {@code {"items":[…],"page","size","total"}} with {@code ?page&size}; a case opens from one by
 * {@code POST /api/v1/accountability-cases} with its {@code candidateId}.
 */
@RestController
@RequestMapping("/api/v1/accountability-candidates")
@Tag(name = "Accountability")
class CandidateApiController {

	private final AccountabilityCases cases;

	CandidateApiController(AccountabilityCases cases) {
		this.cases = cases;
	}

	@GetMapping
	@Operation(summary = "Open candidates, oldest flag first, with the problem behind each and the suggested subjects")
	ListPage<CandidateView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return ListPage.of(cases.openCandidates(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))),
				v -> v);
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
