package org.ducha.intake.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.intake.IdentityReveals;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reveal requests for the SECURITY_ADMIN: list, approve, refuse (API.md "Reports (staff)"). */
@RestController
@RequestMapping("/api/v1/identity-requests")
@Tag(name = "Reports (staff)")
class IdentityRequestApiController {

	private final IdentityReveals reveals;

	IdentityRequestApiController(IdentityReveals reveals) {
		this.reveals = reveals;
	}

	@GetMapping
	ListPage<IdentityRequestResponse> list(@RequestParam(defaultValue = "false") boolean pendingOnly,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), Sort.by(Sort.Order.desc("id")));
		return ListPage.of(reveals.list(pendingOnly, pageable),
				e -> IdentityRequestResponse.of(e.request(), e.trackingNumber()));
	}

	@PostMapping("/{id}/approve")
	IdentityRequestResponse approve(@PathVariable String id) {
		return IdentityRequestResponse.of(reveals.approve(id), null);
	}

	@PostMapping("/{id}/refuse")
	IdentityRequestResponse refuse(@PathVariable String id) {
		return IdentityRequestResponse.of(reveals.refuse(id), null);
	}
}
