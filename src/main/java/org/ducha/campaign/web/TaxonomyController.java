package org.ducha.campaign.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.campaign.TaxonomyRef;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
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

/** The dictionary page of the system administrator: both taxonomies as trees; add, rename, retire. */
@Controller
@RequestMapping("/taxonomies")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class TaxonomyController {

	private static final Map<String, String> FIELD_OF_CODE = Map.of("CATEGORY_CODE_USED", "code",
			"CATEGORY_NAME_TAKEN", "name");

	private final Taxonomies taxonomies;
	private final MessageSource messages;

	TaxonomyController(Taxonomies taxonomies, MessageSource messages) {
		this.taxonomies = taxonomies;
		this.messages = messages;
	}

	@GetMapping
	String trees(HtmxRequest htmx, Model model) {
		model.addAttribute("trees", taxonomies.fullTrees());
		return htmx.isHtmxRequest() ? "campaign/taxonomies :: trees" : "campaign/taxonomies";
	}

	@GetMapping("/{taxonomyCode}/categories/new")
	String newForm(@PathVariable String taxonomyCode, @RequestParam(required = false) String parent, Model model) {
		TaxonomyRef taxonomy = taxonomy(taxonomyCode);
		CategoryForm form = new CategoryForm();
		form.setCode(taxonomies.suggestCode(taxonomy.code(), parent(taxonomy, parent)));
		model.addAttribute("form", form);
		return addForm(model, taxonomy, parent);
	}

	@PostMapping("/{taxonomyCode}/categories")
	String add(@PathVariable String taxonomyCode, @RequestParam(required = false) String parent,
			@ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		TaxonomyRef taxonomy = taxonomy(taxonomyCode);
		try {
			CategoryRef added = taxonomies.addCategory(taxonomy.code(), parent(taxonomy, parent), form.getCode(),
					form.getName());
			flash(redirect, "taxonomy.flash.added", added);
			return "redirect:/taxonomies";
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, FIELD_OF_CODE, messages);
			return addForm(model, taxonomy, parent);
		}
	}

	@GetMapping("/categories/{code}/rename")
	String renameForm(@PathVariable String code, Model model) {
		CategoryRef category = category(code);
		CategoryForm form = new CategoryForm();
		form.setName(category.name());
		model.addAttribute("form", form);
		model.addAttribute("category", category);
		return "campaign/category-rename";
	}

	@PostMapping("/categories/{code}/rename")
	String rename(@PathVariable String code, @ModelAttribute("form") CategoryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		CategoryRef category = category(code);
		try {
			CategoryRef renamed = taxonomies.rename(category.code(), form.getName());
			flash(redirect, "taxonomy.flash.renamed", renamed);
			return "redirect:/taxonomies";
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, FIELD_OF_CODE, messages);
			model.addAttribute("category", category);
			return "campaign/category-rename";
		}
	}

	/** For htmx the refreshed trees come back in place; otherwise the page is reloaded. */
	@PostMapping("/categories/{code}/retire")
	String retire(@PathVariable String code, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		CategoryRef retired = taxonomies.retire(code);
		if (htmx.isHtmxRequest()) {
			model.addAttribute("changeKey", "taxonomy.flash.retired");
			model.addAttribute("changedCode", retired.code());
			model.addAttribute("changedName", retired.name());
			model.addAttribute("trees", taxonomies.fullTrees());
			return "campaign/taxonomies :: trees";
		}
		flash(redirect, "taxonomy.flash.retired", retired);
		return "redirect:/taxonomies";
	}

	private static void flash(RedirectAttributes redirect, String messageKey, CategoryRef category) {
		redirect.addFlashAttribute("changeKey", messageKey);
		redirect.addFlashAttribute("changedCode", category.code());
		redirect.addFlashAttribute("changedName", category.name());
	}

	private String addForm(Model model, TaxonomyRef taxonomy, String parent) {
		model.addAttribute("taxonomy", taxonomy);
		model.addAttribute("parent", parent == null || parent.isBlank() ? null : category(parent));
		return "campaign/category-add";
	}

	private TaxonomyRef taxonomy(String code) {
		return taxonomies.findTaxonomy(code)
			.orElseThrow(() -> DomainException.notFound("TAXONOMY_NOT_FOUND", "no taxonomy " + code));
	}

	private CategoryRef category(String code) {
		return taxonomies.findCategory(code)
			.orElseThrow(() -> Taxonomies.categoryNotFound(code));
	}

	private String parent(TaxonomyRef taxonomy, String parent) {
		if (parent == null || parent.isBlank()) {
			return null;
		}
		CategoryRef ref = category(parent);
		if (!ref.taxonomyCode().equals(taxonomy.code())) {
			throw Taxonomies.categoryNotFound(parent);
		}
		return ref.code();
	}
}
