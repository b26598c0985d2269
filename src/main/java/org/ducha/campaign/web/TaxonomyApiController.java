package org.ducha.campaign.web;

import java.util.List;

import org.ducha.campaign.Taxonomies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The taxonomies with their active categories, for any signed-in user or client. */
@RestController
@RequestMapping("/api/v1/taxonomies")
@PreAuthorize("isAuthenticated()")
class TaxonomyApiController {

	private final Taxonomies taxonomies;

	TaxonomyApiController(Taxonomies taxonomies) {
		this.taxonomies = taxonomies;
	}

	@GetMapping
	List<TaxonomyResponse> list() {
		return taxonomies.activeTrees().stream().map(TaxonomyResponse::of).toList();
	}
}
