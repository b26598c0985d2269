package org.ducha.organization.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.ducha.organization.CadreStatus;
import org.ducha.organization.Organization;
import org.ducha.organization.Secondment;
import org.ducha.organization.SecondmentFilter;
import org.ducha.organization.Secondments;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
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

/** Secondments (借调): the list with the overdue flag, the secondment page, and the record/extend/return forms. */
@Controller
class SecondmentPageController {

	private final Secondments secondments;
	private final Organization organization;

	SecondmentPageController(Secondments secondments, Organization organization) {
		this.secondments = secondments;
		this.organization = organization;
	}

	@GetMapping("/organization/secondments")
	@PreAuthorize(Access.BROWSE)
	String list(@RequestParam(defaultValue = "OPEN") SecondmentFilter filter, HttpServletRequest request, Model model) {
		List<Secondment> list = secondments.list(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("filters", SecondmentFilter.values());
		model.addAttribute("secondments", list);
		model.addAttribute("overdueCount", secondments.overdueCount());
		names(model, list.stream());
		return Htmx.pageOrFragment(request, "organization/secondments", "results");
	}

	@GetMapping("/organization/secondments/{id}")
	@PreAuthorize(Access.BROWSE)
	String secondment(@PathVariable long id, Model model) {
		Secondment secondment = secondments.get(id);
		return page(secondment, new ExtensionForm(null, null, secondments.today()),
				new ReturnForm(secondments.today()), model);
	}

	@GetMapping("/organization/secondments/new")
	@PreAuthorize(Access.EDIT_SECONDMENTS)
	String newSecondment(@RequestParam(required = false) String cadreNo, Model model) {
		return form(SecondmentForm.empty(cadreNo, secondments.today()), model);
	}

	@PostMapping("/organization/secondments")
	@PreAuthorize(Access.EDIT_SECONDMENTS)
	String record(@ModelAttribute("form") SecondmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Secondment secondment = secondments.record(form.toDraft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/secondments/" + secondment.getId();
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return form(form, model);
	}

	@PostMapping("/organization/secondments/{id}/extensions")
	@PreAuthorize(Access.EDIT_SECONDMENTS)
	String extend(@PathVariable long id, @ModelAttribute("extendForm") ExtensionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				secondments.extend(id, form.toDraft());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/secondments/" + id;
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return page(secondments.get(id), form, new ReturnForm(secondments.today()), model);
	}

	@PostMapping("/organization/secondments/{id}/return")
	@PreAuthorize(Access.EDIT_SECONDMENTS)
	String returnCadre(@PathVariable long id, @ModelAttribute("returnForm") ReturnForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				secondments.returnCadre(id, form.returnedOn());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/organization/secondments/" + id;
			}
			catch (DomainException e) {
				FormErrors.bind(e, result);
			}
		}
		return page(secondments.get(id), new ExtensionForm(null, null, secondments.today()), form, model);
	}

	private String page(Secondment secondment, ExtensionForm extendForm, ReturnForm returnForm, Model model) {
		model.addAttribute("secondment", secondment);
		model.addAttribute("today", secondments.today());
		if (!model.containsAttribute("extendForm")) {
			model.addAttribute("extendForm", extendForm);
		}
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", returnForm);
		}
		names(model, Stream.of(secondment));
		return "organization/secondment";
	}

	private String form(SecondmentForm form, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("units", organization.allUnits());
		model.addAttribute("cadreChoices",
				organization.allCadres().stream().filter(c -> c.getStatus() == CadreStatus.SERVING).toList());
		return "organization/secondment-form";
	}

	private void names(Model model, Stream<Secondment> shown) {
		List<Secondment> list = shown.toList();
		model.addAttribute("today", secondments.today());
		model.addAttribute("unitNames",
				organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName)));
		model.addAttribute("cadres", organization.cadresByNo(list.stream().map(Secondment::getCadreNo).toList()));
	}
}
