package org.ducha.rectification.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.ProblemView;
import org.ducha.rectification.SelfExaminationImport;
import org.ducha.rectification.SelfExaminations;
import org.ducha.rectification.Severity;
import org.ducha.shared.DomainException;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-examination page (自查问题清单): a unit principal types the unit's list for a campaign or
 * imports it from the template (row-level errors, nothing saved on any error) and follows each
 * item's review; the office reviews each submitted item (accept as problem, or send back with a reason).
 */
@Controller
@RequestMapping("/self-examination")
class SelfExaminationPageController {

	static final int FORM_ROWS = 3;

	private final SelfExaminations selfExaminations;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final Campaigns campaigns;
	private final AccessControl access;
	private final MessageSource messages;
	private final SelfExaminationExport export;

	SelfExaminationPageController(SelfExaminations selfExaminations, Organization organization, Taxonomies taxonomies,
			Campaigns campaigns, AccessControl access, MessageSource messages, SelfExaminationExport export) {
		this.export = export;
		this.selfExaminations = selfExaminations;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.campaigns = campaigns;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		SelfExaminationForm form = new SelfExaminationForm();
		CurrentUser user = access.currentUser();
		List<Campaign> own = selfExaminations.campaignsOf(user.unitCode());
		if (!own.isEmpty()) {
			form.setCampaignId(own.getFirst().getId());
		}
		form.normalize(FORM_ROWS, 0);
		model.addAttribute("form", form);
		return page(model, user);
	}

	@GetMapping(params = "format=xlsx")
	void exportItems(jakarta.servlet.http.HttpServletResponse response) throws IOException {
		export.respond(response);
	}

	@PostMapping
	String submit(@ModelAttribute("form") SelfExaminationForm form, BindingResult binding,
			@RequestParam(name = "addRow", required = false) String addRow, Model model, RedirectAttributes redirect) {
		CurrentUser user = access.currentUser();
		if (addRow != null) {
			form.normalize(FORM_ROWS, 1);
			return page(model, user);
		}
		try {
			int count = selfExaminations.submit(form.getCampaignId(), form.entries()).size();
			redirect.addFlashAttribute("submitted", count);
			return "redirect:/self-examination";
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			bindRowErrors(e, form, binding);
			form.normalize(FORM_ROWS, 0);
			return page(model, user);
		}
	}

	/** Field errors name rows among the non-blank ones; puts them on the same rows of the form. */
	private void bindRowErrors(DomainException e, SelfExaminationForm form, BindingResult binding) {
		List<Integer> nonBlank = new java.util.ArrayList<>();
		for (int i = 0; i < form.getItems().size(); i++) {
			if (!form.getItems().get(i).isBlank()) {
				nonBlank.add(i);
			}
		}
		form.getItems().removeIf(SelfExaminationForm.Row::isBlank);
		for (DomainException.FieldError f : e.fieldErrors()) {
			String key = "rectification.invalid." + f.field().replaceAll("\\[\\d+]", "").replace('.', '-');
			String message = messages.getMessage(key, null, f.message(), LocaleContextHolder.getLocale());
			String field = f.field().equals("items") ? "campaignId" : f.field();
			if (f.field().equals("items")) {
				message = messages.getMessage("rectification.invalid.items", null, f.message(), LocaleContextHolder.getLocale());
			}
			if (!binding.hasFieldErrors(field)) {
				FormErrors.reject(binding, field, message);
			}
		}
	}

	@PostMapping("/import")
	String importWorkbook(@RequestParam(required = false) Long campaignId, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		SelfExaminationImport outcome;
		try (InputStream in = file.getInputStream()) {
			outcome = selfExaminations.importWorkbook(campaignId, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (outcome.imported()) {
			redirect.addFlashAttribute("submitted", outcome.submitted());
		}
		else {
			redirect.addFlashAttribute("importErrors", outcome.errors());
		}
		return "redirect:/self-examination";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		byte[] body = selfExaminations.template();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XlsxExports.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("self-examination-template.xlsx").build().toString())
			.body(body);
	}

	@PostMapping("/items/{id}/accept")
	String accept(@PathVariable String id, @RequestParam(required = false) Integer dueInWorkingDays,
			RedirectAttributes redirect) {
		ProblemView view = selfExaminations.accept(id, dueInWorkingDays);
		redirect.addFlashAttribute("accepted", view.problem().getId());
		return "redirect:/self-examination";
	}

	@PostMapping("/items/{id}/send-back")
	String sendBack(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			selfExaminations.sendBack(id, reason);
			redirect.addFlashAttribute("sentBack", true);
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			redirect.addFlashAttribute("reasonErrorFor", id);
		}
		return "redirect:/self-examination";
	}

	private String page(Model model, CurrentUser user) {
		model.addAttribute("items", selfExaminations.list());
		boolean principal = user.hasRole(Role.UNIT_PRINCIPAL) && user.unitCode() != null;
		model.addAttribute("principal", principal);
		model.addAttribute("reviewer", ProblemPageController.isIssuer(user));
		model.addAttribute("ownCampaigns", principal ? selfExaminations.campaignsOf(user.unitCode()) : List.of());
		List<CategoryRef> categories = taxonomies.activeCategories();
		model.addAttribute("categories", categories);
		model.addAttribute("categoryLabels", categories.stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (x, y) -> x)));
		model.addAttribute("severities", Severity.values());
		model.addAttribute("unitNames", organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName)));
		Map<Long, String> campaignNames = campaigns.all().stream().collect(Collectors.toMap(Campaign::getId, Campaign::getName));
		model.addAttribute("campaignNames", campaignNames);
		return "rectification/self-examination";
	}
}
