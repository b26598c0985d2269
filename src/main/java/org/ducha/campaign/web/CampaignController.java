package org.ducha.campaign.web;

import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.CampaignPhase;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.TaxonomyRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaign pages: list, view for every business role; create and edit for the office. */
@Controller
@RequestMapping("/campaigns")
@PreAuthorize(Roles.VIEW)
class CampaignController {

	static final int PAGE_SIZE = 20;
	private static final Map<String, String> FIELD_OF_CODE = Map.of("CAMPAIGN_NAME_TAKEN", "name");

	private final Campaigns campaigns;
	private final Taxonomies taxonomies;
	private final Organization organization;
	private final MessageSource messages;
	private final CampaignExport export;

	CampaignController(Campaigns campaigns, Taxonomies taxonomies, Organization organization, MessageSource messages,
			CampaignExport export) {
		this.export = export;
		this.campaigns = campaigns;
		this.taxonomies = taxonomies;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) CampaignPhase phase, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		export.respond(phase, response);
	}

	@GetMapping
	String list(@RequestParam(required = false) CampaignPhase phase, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model) {
		Page<Campaign> result = campaigns.list(phase, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name"))));
		model.addAttribute("campaigns", result);
		model.addAttribute("phase", phase);
		model.addAttribute("phases", CampaignPhase.values());
		model.addAttribute("phaseOf", result.getContent().stream()
			.collect(Collectors.toMap(Campaign::getId, campaigns::phaseOf)));
		model.addAttribute("taxonomyNames", taxonomyNames());
		return htmx.isHtmxRequest() ? "campaign/list :: results" : "campaign/list";
	}

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		Campaign campaign = campaigns.require(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("phase", campaigns.phaseOf(campaign));
		model.addAttribute("taxonomyNames", taxonomyNames());
		model.addAttribute("unitNames", unitNames());
		return "campaign/view";
	}

	@GetMapping("/new")
	@PreAuthorize(Roles.EDIT)
	String newForm(Model model) {
		model.addAttribute("form", new CampaignForm());
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize(Roles.EDIT)
	String create(@ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			if (binding.hasErrors()) {
				campaigns.validate(form.toDraft());
				return form(model, null);
			}
			Campaign campaign = campaigns.create(form.toDraft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, FIELD_OF_CODE, messages);
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Roles.EDIT)
	String editForm(@PathVariable String id, Model model) {
		Campaign campaign = campaigns.require(id);
		model.addAttribute("form", CampaignForm.of(campaign));
		return form(model, campaign);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Roles.EDIT)
	String revise(@PathVariable String id, @ModelAttribute("form") CampaignForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Campaign campaign = campaigns.require(id);
		try {
			if (binding.hasErrors()) {
				campaigns.validate(form.toDraft());
				return form(model, campaign);
			}
			campaigns.revise(campaign.getId(), form.toDraft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/campaigns/" + campaign.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, FIELD_OF_CODE, messages);
			return form(model, campaign);
		}
	}

	private String form(Model model, Campaign campaign) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("taxonomies", taxonomies.taxonomies());
		model.addAttribute("units", organization.allUnits());
		return "campaign/form";
	}

	private Map<String, String> taxonomyNames() {
		return taxonomies.taxonomies().stream().collect(Collectors.toMap(TaxonomyRef::code, TaxonomyRef::name));
	}

	private Map<String, String> unitNames() {
		return organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
	}
}
