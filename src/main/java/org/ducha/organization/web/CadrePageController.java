package org.ducha.organization.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.ducha.organization.Cadre;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.Organization;
import org.ducha.organization.Rank;
import org.ducha.organization.Secondments;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster: the cadre list with its filters, the cadre page and the cadre forms. */
@Controller
class CadrePageController {

	static final int PAGE_SIZE = 50;

	private final Organization organization;
	private final Secondments secondments;

	CadrePageController(Organization organization, Secondments secondments) {
		this.organization = organization;
		this.secondments = secondments;
	}

	@GetMapping("/organization/cadres")
	@PreAuthorize(Access.BROWSE)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Rank rank, @RequestParam(required = false) CadreStatus status,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<Cadre> result = organization.searchCadres(unitCode, rank, status, q,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("cadreNo")));
		model.addAttribute("result", result);
		model.addAttribute("q", q);
		model.addAttribute("unitCode", unitCode);
		model.addAttribute("rank", rank);
		model.addAttribute("status", status);
		model.addAttribute("units", unitsByCode());
		model.addAttribute("ranks", Rank.values());
		model.addAttribute("statuses", CadreStatus.values());
		return Htmx.pageOrFragment(request, "organization/cadres", "results");
	}

	@GetMapping("/organization/cadres/{cadreNo}")
	@PreAuthorize(Access.BROWSE)
	String cadre(@PathVariable String cadreNo, Model model) {
		Cadre cadre = organization.cadre(cadreNo);
		List<Unit> units = organization.allUnits();
		model.addAttribute("cadre", cadre);
		model.addAttribute("units", units.stream().collect(Collectors.toMap(Unit::getCode, Function.identity())));
		model.addAttribute("supervisor", organization.findCadre(cadre.getSupervisingLeaderNo()).orElse(null));
		model.addAttribute("accountableLeader", organization.supervisingLeaderOf(cadre.getCadreNo()).orElse(null));
		model.addAttribute("jurisdiction", JurisdictionView.of(() -> organization.jurisdictionPolicy().forCadre(cadre)));
		model.addAttribute("supervisees", organization.superviseesOf(cadre.getCadreNo()));
		model.addAttribute("principalOf",
				units.stream().filter(u -> cadre.getCadreNo().equals(u.getPrincipalNo())).toList());
		model.addAttribute("districtLeaderOf",
				units.stream().filter(u -> cadre.getCadreNo().equals(u.getSupervisingLeaderNo())).toList());
		model.addAttribute("secondments", secondments.ofCadre(cadre.getCadreNo()));
		model.addAttribute("today", secondments.today());
		return "organization/cadre";
	}

	@GetMapping("/organization/cadres/new")
	@PreAuthorize(Access.EDIT_ROSTER)
	String newCadre(@RequestParam(required = false) String unit, Model model) {
		return form(CadreForm.empty(unit), null, model);
	}

	@PostMapping("/organization/cadres")
	@PreAuthorize(Access.EDIT_ROSTER)
	String create(@ModelAttribute("form") CadreForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Cadre cadre = organization.createCadre(form.toDraft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/cadres/" + cadre.getCadreNo();
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/organization/cadres/{cadreNo}/edit")
	@PreAuthorize(Access.EDIT_ROSTER)
	String edit(@PathVariable String cadreNo, Model model) {
		Cadre cadre = organization.cadre(cadreNo);
		return form(CadreForm.of(cadre), cadre, model);
	}

	@PostMapping("/organization/cadres/{cadreNo}")
	@PreAuthorize(Access.EDIT_ROSTER)
	String update(@PathVariable String cadreNo, @ModelAttribute("form") CadreForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Cadre cadre = organization.cadre(cadreNo);
		if (!result.hasErrors()) {
			try {
				organization.updateCadre(cadreNo, form.toDraft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/cadres/" + cadre.getCadreNo();
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return form(form, cadre, model);
	}

	/** The choices of supervising leader once the unit is picked (htmx). */
	@GetMapping("/organization/cadres/leader-options")
	@PreAuthorize(Access.EDIT_ROSTER)
	String leaderOptions(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String cadreNo,
			@RequestParam(required = false) String supervisingLeaderNo, Model model) {
		model.addAttribute("leaderChoices", leaderChoices(unitCode, cadreNo));
		model.addAttribute("selectedLeader", supervisingLeaderNo);
		return "organization/cadre-form :: leaderOptions";
	}

	private String form(CadreForm form, Cadre existing, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("existing", existing);
		model.addAttribute("units", organization.allUnits());
		model.addAttribute("ranks", Rank.values());
		model.addAttribute("statuses", CadreStatus.values());
		model.addAttribute("leaderChoices", leaderChoices(form.unitCode(), existing == null ? null : existing.getCadreNo()));
		model.addAttribute("selectedLeader", form.supervisingLeaderNo());
		return "organization/cadre-form";
	}

	private List<Cadre> leaderChoices(String unitCode, String self) {
		if (unitCode == null || unitCode.isBlank()) {
			return List.of();
		}
		return organization.cadresOf(unitCode.strip()).stream()
			.filter(c -> c.getStatus() == CadreStatus.SERVING && !c.getCadreNo().equals(self))
			.toList();
	}

	private Map<String, Unit> unitsByCode() {
		return organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
	}
}
