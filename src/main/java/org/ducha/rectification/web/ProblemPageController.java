package org.ducha.rectification.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.InspectionFinding;
import org.ducha.rectification.InspectionFindings;
import org.ducha.rectification.ProblemDetails;
import org.ducha.rectification.ProblemDrill;
import org.ducha.rectification.ProblemFilter;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.ProblemStatus;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.Problems;
import org.ducha.rectification.ReportLead;
import org.ducha.rectification.SelfExaminations;
import org.ducha.rectification.Severity;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/**
 * The problem pages: the list with its filters and lights (and, for the office, the concluded
 * reports and findings waiting for a problem), the create form with messages beside the fields
 * (blank, or prefilled from a concluded report or an inspection finding), and the problem page with
 * its assignment, measures and recurrence links. Who may see and do what is decided by {@link Problems}.
 */
@Controller
@RequestMapping("/problems")
class ProblemPageController {

	static final int PAGE_SIZE = 20;

	private final Problems problems;
	private final InspectionFindings findings;
	private final SelfExaminations selfExaminations;
	private final ProblemExport export;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Campaigns campaigns;
	private final WorkingCalendar calendar;
	private final AccessControl access;
	private final MessageSource messages;

	ProblemPageController(Problems problems, InspectionFindings findings, SelfExaminations selfExaminations,
			ProblemExport export, Organization organization, Taxonomies taxonomies, Campaigns campaigns,
			WorkingCalendar calendar, AccessControl access, MessageSource messages) {
		this.problems = problems;
		this.findings = findings;
		this.selfExaminations = selfExaminations;
		this.export = export;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.campaigns = campaigns;
		this.calendar = calendar;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) ProblemStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) ProblemSource source,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) String categoryCode, @RequestParam(defaultValue = "0") int page,
			ProblemDrill drill, HtmxRequest htmx, Model model) {
		CurrentUser user = access.currentUser();
		boolean office = isOffice(user);
		ProblemFilter filter = new ProblemFilter(ProblemApiController.blankToNull(unitCode), status, severity,
				office ? source : null, campaignId, ProblemApiController.blankToNull(categoryCode), light, drill);
		Page<ProblemView> result = problems.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("foundOn"),
						org.springframework.data.domain.Sort.Order.desc("id"))));
		model.addAttribute("problems", result);
		model.addAttribute("filter", filter);
		model.addAttribute("office", office);
		if (isIssuer(user)) {
			model.addAttribute("leads", problems.reportLeads());
			model.addAttribute("findingsWaiting", findings.countAwaiting());
			model.addAttribute("selfExaminationWaiting", selfExaminations.countAwaitingReview());
		}
		referenceData(model);
		return htmx.isHtmxRequest() ? "rectification/list :: results" : "rectification/list";
	}

	@GetMapping(params = "format=xlsx")
	void exportList(@RequestParam(required = false) String unitCode, @RequestParam(required = false) ProblemStatus status,
			@RequestParam(required = false) Severity severity, @RequestParam(required = false) ProblemSource source,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) String categoryCode, ProblemDrill drill, HttpServletResponse response)
			throws IOException {
		boolean office = isOffice(access.currentUser());
		export.respond(new ProblemFilter(ProblemApiController.blankToNull(unitCode), status, severity,
				office ? source : null, campaignId, ProblemApiController.blankToNull(categoryCode), light, drill), response);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) String reportId, @RequestParam(required = false) String findingId,
			Model model) {
		problems.requireIssuerForPages();
		ProblemForm form = new ProblemForm();
		form.setIssuedOn(calendar.today());
		if (reportId != null && !reportId.isBlank()) {
			ReportLead lead = problems.reportLead(reportId).orElseThrow(() ->
					DomainException.notFound("REPORT_NOT_FOUND", "no concluded report " + reportId));
			form.setReportId(lead.getReportId());
			form.setSource(ProblemSource.REPORT);
			form.setCategoryCode(lead.getCategoryCode());
			form.setCampaignId(lead.getCampaignId());
			form.setUnitCode(lead.getUnitCodes().isEmpty() ? null : lead.getUnitCodes().getFirst());
			model.addAttribute("lead", lead);
		}
		else if (findingId != null && !findingId.isBlank()) {
			InspectionFinding finding = findings.get(findingId);
			form.setFindingId(findingId);
			form.setSource(ProblemSource.INSPECTION);
			form.setUnitCode(finding.getUnitCode());
			form.setCategoryCode(finding.getCategoryCode());
			form.setDescription(finding.getDescription());
			model.addAttribute("finding", finding);
		}
		model.addAttribute("form", form);
		return form(model, form);
	}

	@PostMapping
	String create(@ModelAttribute("form") ProblemForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		problems.requireIssuerForPages();
		boolean fromFinding = form.getFindingId() != null && !form.getFindingId().isBlank();
		if (fromFinding) {
			form.setSource(ProblemSource.INSPECTION);
		}
		try {
			if (binding.hasErrors()) {
				problems.validate(form.toNewProblem());
				return form(model, form);
			}
			ProblemView view = fromFinding ? findings.convert(form.getFindingId(), form.toNewProblem())
					: problems.create(form.toNewProblem());
			redirect.addFlashAttribute("created", true);
			return "redirect:/problems/" + view.problem().getId();
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, messages);
			return form(model, form);
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		ProblemDetails details = problems.details(id);
		model.addAttribute("d", details);
		model.addAttribute("p", details.problem());
		model.addAttribute("a", details.assignment());
		model.addAttribute("office", isOffice(access.currentUser()));
		model.addAttribute("unitName", organization.findUnit(details.problem().getUnitCode()).map(Unit::getName)
			.orElse(details.problem().getUnitCode()));
		model.addAttribute("category", taxonomies.findCategory(details.problem().getCategoryCode())
			.map(CategoryRef::label).orElse(details.problem().getCategoryCode()));
		model.addAttribute("campaign", details.problem().getCampaignId() == null ? null
				: campaigns.find(details.problem().getCampaignId()).map(Campaign::getName).orElse(null));
		Map<String, Cadre> cadres = organization.cadresByNo(details.problem().getResponsibleCadreNos());
		model.addAttribute("cadres", details.problem().getResponsibleCadreNos().stream()
			.map(no -> cadres.containsKey(no) ? cadres.get(no).getName() + " (" + no + ")" : no).toList());
		return "rectification/view";
	}

	private String form(Model model, ProblemForm form) {
		referenceData(model);
		model.addAttribute("cadres", organization.allCadres());
		if (form.getFindingId() != null && !form.getFindingId().isBlank() && !model.containsAttribute("finding")) {
			model.addAttribute("finding", findings.get(form.getFindingId()));
		}
		if (form.getReportId() != null && !form.getReportId().isBlank() && !model.containsAttribute("lead")) {
			problems.reportLead(form.getReportId()).ifPresent(l -> model.addAttribute("lead", l));
		}
		return "rectification/new";
	}

	private void referenceData(Model model) {
		List<Unit> units = organization.allUnits();
		model.addAttribute("units", units);
		model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(Unit::getCode, Unit::getName)));
		List<CategoryRef> categories = taxonomies.activeCategories();
		model.addAttribute("categories", categories);
		model.addAttribute("categoryLabels", categories.stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (x, y) -> x)));
		model.addAttribute("campaignList", campaigns.all());
		model.addAttribute("statuses", ProblemStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("sources", Arrays.stream(ProblemSource.values()).toList());
		model.addAttribute("lightValues", TrafficLight.values());
	}

	static boolean isOffice(CurrentUser user) {
		return user.roles().stream().anyMatch(r -> switch (r) {
			case OFFICER, OFFICE_DIRECTOR, LEADER -> true;
			default -> false;
		});
	}

	static boolean isIssuer(CurrentUser user) {
		return user.roles().stream().anyMatch(r -> switch (r) {
			case OFFICER, OFFICE_DIRECTOR -> true;
			default -> false;
		});
	}
}
