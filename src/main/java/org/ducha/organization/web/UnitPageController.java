package org.ducha.organization.web;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.organization.Cadre;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.JurisdictionPolicy;
import org.ducha.organization.Organization;
import org.ducha.organization.PartyOrganizationKind;
import org.ducha.organization.Rank;
import org.ducha.organization.RosterImport;
import org.ducha.organization.Unit;
import org.ducha.organization.UnitType;
import org.ducha.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

/** The org tree, the unit pages and the unit forms. */
@Controller
class UnitPageController {

	private final Organization organization;
	private final RosterImport rosterImport;

	UnitPageController(Organization organization, RosterImport rosterImport) {
		this.organization = organization;
		this.rosterImport = rosterImport;
	}

	/** The whole roster in the import template's layout (edit it and import it again). */
	@GetMapping("/organization/roster.xlsx")
	@PreAuthorize(Access.BROWSE)
	ResponseEntity<byte[]> roster() {
		return ResponseEntity.ok()
			.contentType(XlsxList.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("roster.xlsx").build().toString())
			.body(rosterImport.export());
	}

	@GetMapping("/organization")
	@PreAuthorize(Access.BROWSE)
	String tree(Model model) {
		model.addAttribute("tree", OrgTree.of(organization.allUnits(), organization.allCadres()));
		return "organization/tree";
	}

	@GetMapping("/organization/units/{code}")
	@PreAuthorize(Access.BROWSE)
	String unit(@PathVariable String code, Model model) {
		Unit unit = organization.unit(code);
		List<Unit> units = organization.allUnits();
		List<Cadre> allCadres = organization.allCadres();
		Map<String, Unit> unitsByCode = units.stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
		Map<String, Cadre> cadresByNo = allCadres.stream().collect(Collectors.toMap(Cadre::getCadreNo, Function.identity()));
		OrgTree tree = OrgTree.of(units, allCadres);
		JurisdictionPolicy policy = new JurisdictionPolicy(units);
		model.addAttribute("unit", unit);
		model.addAttribute("path", pathTo(unit, unitsByCode));
		model.addAttribute("units", unitsByCode);
		model.addAttribute("cadresByNo", cadresByNo);
		model.addAttribute("cadres", organization.cadresOf(unit.getCode()));
		model.addAttribute("children", find(tree.roots(), unit.getCode()).children());
		if (unit.getPartyOrganizationName() != null) {
			model.addAttribute("partyOrgJurisdiction",
					JurisdictionView.of(() -> policy.forPartyOrganizationOf(unit.getCode())));
		}
		if (unit.getType() == UnitType.VILLAGE) {
			model.addAttribute("villageJurisdiction", JurisdictionView.of(() -> policy.forCadre(Rank.VILLAGE, unit.getCode())));
		}
		return "organization/unit";
	}

	@GetMapping("/organization/units/new")
	@PreAuthorize(Access.EDIT_ROSTER)
	String newUnit(@RequestParam(required = false) String parent, Model model) {
		return form(UnitForm.empty(parent), null, model);
	}

	@PostMapping("/organization/units")
	@PreAuthorize(Access.EDIT_ROSTER)
	String create(@ModelAttribute("form") UnitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Unit unit = organization.createUnit(form.toDraft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/units/" + unit.getCode();
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/organization/units/{code}/edit")
	@PreAuthorize(Access.EDIT_ROSTER)
	String edit(@PathVariable String code, Model model) {
		Unit unit = organization.unit(code);
		return form(UnitForm.of(unit), unit, model);
	}

	@PostMapping("/organization/units/{code}")
	@PreAuthorize(Access.EDIT_ROSTER)
	String update(@PathVariable String code, @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Unit unit = organization.unit(code);
		if (!result.hasErrors()) {
			try {
				organization.updateUnit(code, form.toDraft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/units/" + unit.getCode();
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return form(form, unit, model);
	}

	private String form(UnitForm form, Unit existing, Model model) {
		List<Cadre> all = organization.allCadres();
		Set<String> below = existing == null ? Set.of() : organization.subtreeCodes(existing.getCode());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("existing", existing);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("kinds", PartyOrganizationKind.values());
		model.addAttribute("parents", organization.allUnits().stream().filter(u -> !below.contains(u.getCode())).toList());
		model.addAttribute("principals", existing == null ? List.of()
				: all.stream().filter(c -> c.getUnitCode().equals(existing.getCode()) && c.getStatus() == CadreStatus.SERVING)
					.toList());
		model.addAttribute("leaders", all.stream()
			.filter(c -> (c.getRank() == Rank.ZHENG_CHU || c.getRank() == Rank.FU_CHU) && c.getStatus() == CadreStatus.SERVING)
			.sorted(Comparator.comparing(Cadre::getRank).thenComparing(Cadre::getCadreNo))
			.toList());
		return "organization/unit-form";
	}

	/** The units above this one, top first. */
	private static List<Unit> pathTo(Unit unit, Map<String, Unit> units) {
		Deque<Unit> path = new ArrayDeque<>();
		Set<String> seen = new HashSet<>(Set.of(unit.getCode()));
		Unit current = units.get(unit.getParentCode());
		while (current != null && seen.add(current.getCode())) {
			path.addFirst(current);
			current = units.get(current.getParentCode());
		}
		return List.copyOf(path);
	}

	private static OrgTree.Node find(List<OrgTree.Node> nodes, String code) {
		for (OrgTree.Node node : nodes) {
			if (node.unit().getCode().equals(code)) {
				return node;
			}
			OrgTree.Node below = find(node.children(), code);
			if (below != null) {
				return below;
			}
		}
		return null;
	}
}
