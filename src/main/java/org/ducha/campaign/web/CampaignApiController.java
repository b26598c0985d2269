package org.ducha.campaign.web;

import java.util.Set;

import org.ducha.campaign.CampaignPhase;
import org.ducha.campaign.Campaigns;
import org.ducha.shared.DomainException;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns for integrations: {@code ?phase=PLANNED|ONGOING|ENDED&page=&size=&sort=}. */
@RestController
@RequestMapping("/api/v1/campaigns")
@PreAuthorize(Roles.VIEW)
class CampaignApiController {

	static final int MAX_SIZE = 200;
	static final Set<String> SORTABLE = Set.of("id", "name", "startDate", "endDate");
	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name"));

	private final Campaigns campaigns;
	private final CampaignExport export;

	CampaignApiController(Campaigns campaigns, CampaignExport export) {
		this.campaigns = campaigns;
		this.export = export;
	}

	/** The whole list (optionally one phase) as .xlsx. */
	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) CampaignPhase phase, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		export.respond(phase, response);
	}

	@GetMapping
	ListPage<CampaignResponse> list(@RequestParam(required = false) CampaignPhase phase,
			@PageableDefault(size = 20) Pageable pageable) {
		return ListPage.of(campaigns.list(phase, checked(pageable)),
				c -> CampaignResponse.of(c, campaigns.phaseOf(c)));
	}

	@GetMapping("/{id}")
	CampaignResponse get(@PathVariable String id) {
		var campaign = campaigns.require(id);
		return CampaignResponse.of(campaign, campaigns.phaseOf(campaign));
	}

	private static Pageable checked(Pageable requested) {
		for (Sort.Order order : requested.getSort()) {
			if (!SORTABLE.contains(order.getProperty())) {
				throw DomainException.invalid("INVALID_SORT", "cannot sort by " + order.getProperty(),
						order.getProperty());
			}
		}
		Sort sort = requested.getSort().isSorted() ? requested.getSort() : DEFAULT_SORT;
		return PageRequest.of(Math.max(requested.getPageNumber(), 0), Math.clamp(requested.getPageSize(), 1, MAX_SIZE),
				sort);
	}
}
