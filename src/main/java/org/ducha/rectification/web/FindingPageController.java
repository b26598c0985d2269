package org.ducha.rectification.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.rectification.FindingStatus;
import org.ducha.rectification.InspectionFinding;
import org.ducha.rectification.InspectionFindings;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The inspection finding pages (明察暗访): the phone-friendly form of an inspector (photos from the
 * camera, kept across a failed attempt), the list (an inspector their own, the office all) and the
 * finding page where the office turns it into a problem or dismisses it with a reason.
 */
@Controller
@RequestMapping("/inspection-findings")
class FindingPageController {

	private final InspectionFindings findings;
	private final Attachments attachments;
	private final Organization organization;
	private final Taxonomies taxonomies;
	private final WorkingCalendar calendar;
	private final AccessControl access;
	private final MessageSource messages;
	private final Clock clock;
	private final FindingExport export;

	FindingPageController(InspectionFindings findings, Attachments attachments, Organization organization,
			Taxonomies taxonomies, WorkingCalendar calendar, AccessControl access, MessageSource messages, Clock clock,
			FindingExport export) {
		this.export = export;
		this.clock = clock;
		this.findings = findings;
		this.attachments = attachments;
		this.organization = organization;
		this.taxonomies = taxonomies;
		this.calendar = calendar;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) FindingStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<InspectionFinding> result = findings.list(status, PageRequest.of(Math.max(page, 0), 20,
				Sort.by(Sort.Order.desc("observedAt"), Sort.Order.desc("id"))));
		model.addAttribute("findings", result);
		model.addAttribute("status", status);
		model.addAttribute("statuses", FindingStatus.values());
		model.addAttribute("inspector", access.currentUser().hasRole(Role.INSPECTOR));
		referenceData(model);
		return "rectification/findings";
	}

	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) FindingStatus status, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		export.respond(status, response);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		requireInspector();
		FindingForm form = new FindingForm();
		form.setObservedAt(LocalDateTime.ofInstant(clock.instant(), calendar.zone()).truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("form", form);
		return form(model, form);
	}

	@PostMapping
	String record(@ModelAttribute("form") FindingForm form, BindingResult binding,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = requireInspector();
		try {
			keepUploads(form, photos, user.username(), binding);
			if (binding.hasErrors()) {
				findings.validate(form.toNewFinding());
				return form(model, form);
			}
			InspectionFinding finding = findings.record(form.toNewFinding());
			redirect.addFlashAttribute("recorded", true);
			return "redirect:/inspection-findings/" + finding.getId();
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, messages);
			return form(model, form);
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		InspectionFinding finding = findings.get(id);
		model.addAttribute("f", finding);
		model.addAttribute("photos", findings.photosOf(finding));
		model.addAttribute("unitName", organization.findUnit(finding.getUnitCode()).map(Unit::getName).orElse(finding.getUnitCode()));
		model.addAttribute("category", taxonomies.findCategory(finding.getCategoryCode()).map(CategoryRef::label)
			.orElse(finding.getCategoryCode()));
		model.addAttribute("zone", calendar.zone());
		CurrentUser user = access.currentUser();
		model.addAttribute("mayDecide", ProblemPageController.isIssuer(user) && finding.getStatus() == FindingStatus.RECORDED);
		return "rectification/finding";
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			findings.dismiss(id, reason);
			redirect.addFlashAttribute("dismissed", true);
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			redirect.addFlashAttribute("reasonError", messages.getMessage("rectification.invalid.reason", null,
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/inspection-findings/" + id;
	}

	private void keepUploads(FindingForm form, List<MultipartFile> photos, String uploader, BindingResult binding) {
		if (photos == null) {
			return;
		}
		for (MultipartFile file : photos) {
			if (file.isEmpty()) {
				continue;
			}
			try (InputStream in = file.getInputStream()) {
				AttachmentInfo info = attachments.store(in, file.getOriginalFilename(), uploader, false);
				form.getAttachmentIds().add(info.id());
			}
			catch (DomainException e) {
				FormErrors.reject(binding, "attachmentIds", messages.getMessage("error." + e.code(), e.args(),
						e.getMessage(), LocaleContextHolder.getLocale()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private String form(Model model, FindingForm form) {
		referenceData(model);
		model.addAttribute("uploaded", form.getAttachmentIds().stream()
			.map(attachments::find).flatMap(Optional::stream).toList());
		return "rectification/finding-new";
	}

	private void referenceData(Model model) {
		List<Unit> units = organization.allUnits();
		model.addAttribute("units", units);
		model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(Unit::getCode, Unit::getName)));
		List<CategoryRef> categories = taxonomies.activeCategories();
		model.addAttribute("categories", categories);
		model.addAttribute("categoryLabels", categories.stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (x, y) -> x)));
		model.addAttribute("zone", calendar.zone());
	}

	private CurrentUser requireInspector() {
		CurrentUser user = access.currentUser();
		if (!user.hasRole(Role.INSPECTOR)) {
			throw DomainException.forbidden("only inspectors record findings");
		}
		return user;
	}
}
