package org.ducha.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.calendar.TrafficLight;
import org.ducha.campaign.Campaign;
import org.ducha.campaign.Campaigns;
import org.ducha.campaign.CategoryRef;
import org.ducha.campaign.Taxonomies;
import org.ducha.intake.AnswerRating;
import org.ducha.intake.DisposalMethod;
import org.ducha.intake.Finding;
import org.ducha.intake.Registered;
import org.ducha.intake.Report;
import org.ducha.intake.ReportChannel;
import org.ducha.intake.ReportDeadlines;
import org.ducha.intake.ReportDetails;
import org.ducha.intake.ReportDrill;
import org.ducha.intake.ReportFilter;
import org.ducha.intake.ReportStatus;
import org.ducha.intake.Reports;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The staff report pages: the list with its filters and lights, the registration form (any channel),
 * the report page (content, masked identity and reveal request, clocks, timeline, the actions this
 * user may take now), and the office director's approval queue. Who may see and do what is decided
 * by {@link Reports}; a refused step comes back to the report page with its message.
 */
@Controller
@RequestMapping("/reports")
class ReportPageController {

	static final int PAGE_SIZE = 20;

	private final Reports reports;
	private final ReportDeadlines deadlines;
	private final Taxonomies taxonomies;
	private final Campaigns campaigns;
	private final Organization organization;
	private final Attachments attachments;
	private final AccessControl access;
	private final MessageSource messages;
	private final ReportListExport export;
	private final org.ducha.intake.DuplicateProposals duplicates;

	ReportPageController(Reports reports, ReportDeadlines deadlines, Taxonomies taxonomies, Campaigns campaigns,
			Organization organization, Attachments attachments, AccessControl access, MessageSource messages,
			ReportListExport export, org.ducha.intake.DuplicateProposals duplicates) {
		this.export = export;
		this.duplicates = duplicates;
		this.reports = reports;
		this.deadlines = deadlines;
		this.taxonomies = taxonomies;
		this.campaigns = campaigns;
		this.organization = organization;
		this.attachments = attachments;
		this.access = access;
		this.messages = messages;
	}

	// --- list ---------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) ReportChannel channel,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, ReportDrill drill,
			HtmxRequest htmx, Model model) {
		ReportFilter filter = new ReportFilter(status, channel, blankToNull(categoryCode), light, campaignId,
				blankToNull(unitCode), receivedFrom, receivedTo, null, blankToNull(q), drill);
		Page<Report> result = reports.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))));
		model.addAttribute("reports", result);
		model.addAttribute("filter", filter);
		model.addAttribute("lights", result.getContent().stream()
			.collect(Collectors.toMap(Report::getId, r -> Optional.ofNullable(reports.lightOf(r)).map(Enum::name).orElse(""))));
		referenceData(model);
		return htmx.isHtmxRequest() ? "intake/list :: results" : "intake/list";
	}

	/** The export button: the whole list under the same filters as .xlsx. */
	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) ReportChannel channel,
			@RequestParam(required = false) String categoryCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) String q, ReportDrill drill,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export.respond(response, new ReportFilter(status, channel, blankToNull(categoryCode), light, campaignId,
				blankToNull(unitCode), receivedFrom, receivedTo, null, blankToNull(q), drill),
				Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")));
	}

	@GetMapping("/approvals")
	String approvals(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Report> result = reports.awaitingApproval(PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.asc("receivedOn"), Sort.Order.asc("id"))));
		model.addAttribute("reports", result);
		referenceData(model);
		return "intake/approvals";
	}

	// --- registration -------------------------------------------------------------------------

	@GetMapping("/new")
	String newForm(Model model) {
		CurrentUser user = access.currentUser();
		requireRegistrar(user);
		ReportForm form = new ReportForm();
		form.setReceivedOn(deadlines.today());
		model.addAttribute("form", form);
		return registrationForm(model, form);
	}

	@PostMapping
	String register(@ModelAttribute("form") ReportForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "addAccused", required = false) String addAccused, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = access.currentUser();
		requireRegistrar(user);
		try {
			keepUploads(form, files, user.username(), binding);
			if (addAccused != null) {
				form.padAccused(1);
				return registrationForm(model, form);
			}
			if (binding.hasErrors()) {
				reports.validate(form.toNewReport(unitNames(form.getAccusedUnitCodes())), false);
				form.padAccused(0);
				return registrationForm(model, form);
			}
			Registered registered = reports.register(form.toNewReport(unitNames(form.getAccusedUnitCodes())));
			redirect.addFlashAttribute("registered", registered.report().getTrackingNumber());
			redirect.addFlashAttribute("queryCode", registered.queryCode());
			boolean stillVisible = reports.maySee(String.valueOf(registered.report().getId()), user);
			return stillVisible ? "redirect:/reports/" + registered.report().getId() : "redirect:/reports";
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, Map.of(), messages);
			form.padAccused(0);
			return registrationForm(model, form);
		}
	}

	/** Stores new uploads at once and keeps their ids in the form, so they survive a validation error. */
	private void keepUploads(ReportForm form, List<MultipartFile> files, String uploader, BindingResult binding) {
		if (files == null) {
			return;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				continue;
			}
			try (InputStream in = file.getInputStream()) {
				AttachmentInfo info = attachments.store(in, file.getOriginalFilename(), uploader, false);
				form.getAttachmentIds().add(info.id());
			}
			catch (DomainException e) {
				FormErrors.reject(binding, "attachmentIds", messages.getMessage("error." + e.code(), e.args(),
						e.getMessage(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private String registrationForm(Model model, ReportForm form) {
		referenceData(model);
		model.addAttribute("uploaded", form.getAttachmentIds().stream()
			.map(attachments::find).flatMap(Optional::stream).toList());
		return "intake/new";
	}

	// --- report page --------------------------------------------------------------------------

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		ReportDetails details = reports.view(id);
		CurrentUser user = access.currentUser();
		model.addAttribute("d", details);
		model.addAttribute("r", details.report());
		model.addAttribute("today", deadlines.today());
		model.addAttribute("overdueDays", reports.overdueWorkingDays(details.report()));
		model.addAttribute("handlers", details.allowedActions().contains(org.ducha.intake.ReportAction.PROPOSE_DISPOSAL)
				? reports.eligibleHandlers(id) : List.of());
		boolean mayMerge = details.allowedActions().contains(org.ducha.intake.ReportAction.MERGE);
		boolean justRegistered = model.containsAttribute("registered");
		model.addAttribute("justRegistered", justRegistered);
		model.addAttribute("earlier", mayMerge ? reports.earlierNamingSameAccused(id) : List.of());
		model.addAttribute("duplicates", mayMerge || justRegistered ? duplicates.proposalsFor(id) : List.of());
		model.addAttribute("methods", DisposalMethod.values());
		model.addAttribute("findings", Finding.values());
		model.addAttribute("ratings", AnswerRating.values());
		model.addAttribute("me", user.username());
		model.addAttribute("can", details.allowedActions().stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("zone", deadlines.zone());
		model.addAttribute("category", taxonomies.findCategory(details.report().getCategoryCode())
			.map(CategoryRef::label).orElse(details.report().getCategoryCode()));
		model.addAttribute("campaign", Optional.ofNullable(details.report().getCampaignId())
			.flatMap(campaigns::find).map(Campaign::getName).orElse(null));
		model.addAttribute("unitNames", unitNames());
		return "intake/view";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "accept", null, redirect, () -> reports.accept(id));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(id, "reject", reason, redirect, () -> reports.reject(id, reason));
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable String id, @RequestParam(required = false) String to,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String view = step(id, "transfer", reason, redirect, () -> reports.transfer(id, to, reason));
		if (redirect.getFlashAttributes().containsKey("failedAction")) {
			redirect.addFlashAttribute("failedTo", to);
		}
		return view;
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable String id, @RequestParam(required = false) String intoTrackingNumber,
			RedirectAttributes redirect) {
		return step(id, "merge", intoTrackingNumber, redirect, () -> {
			String target = intoTrackingNumber == null || intoTrackingNumber.isBlank() ? null
					: reports.findIdByTrackingNumber(intoTrackingNumber).orElse("0");
			return reports.merge(id, target);
		});
	}

	@PostMapping("/{id}/acceptance-notice")
	String acceptanceNotice(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(id, "acceptance-notice", null, redirect, () -> reports.tellAcceptance(id, date));
	}

	@PostMapping("/{id}/disposal")
	String disposal(@PathVariable String id, @RequestParam(required = false) DisposalMethod method,
			@RequestParam(required = false) String handlerUsername, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
			RedirectAttributes redirect) {
		return step(id, "disposal", reason, redirect,
				() -> reports.proposeDisposal(id, method, handlerUsername, reason, reviewOn));
	}

	@PostMapping("/{id}/disposal/approve")
	String approveDisposal(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "disposal-approve", null, redirect, () -> reports.approveDisposal(id));
	}

	@PostMapping("/{id}/disposal/refuse")
	String refuseDisposal(@PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return step(id, "disposal-refuse", reason, redirect, () -> reports.refuseDisposal(id, reason));
	}

	@PostMapping("/{id}/disposal/letter-sent")
	String letterSent(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(id, "letter-sent", null, redirect, () -> reports.recordLetterSent(id, date));
	}

	@PostMapping("/{id}/disposal/letter-received")
	String letterReceived(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(id, "letter-received", null, redirect, () -> reports.recordLetterReceived(id, date));
	}

	@PostMapping("/{id}/disposal/reply")
	String reply(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return step(id, "reply", null, redirect, () -> reports.recordReply(id, date));
	}

	@PostMapping("/{id}/disposal/extension")
	String requestExtension(@PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return step(id, "extension", reason, redirect, () -> reports.requestExtension(id, reason));
	}

	@PostMapping("/{id}/disposal/extension/approve")
	String approveExtension(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "extension-approve", null, redirect, () -> reports.approveExtension(id));
	}

	@PostMapping("/{id}/disposal/extension/refuse")
	String refuseExtension(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "extension-refuse", null, redirect, () -> reports.refuseExtension(id));
	}

	@PostMapping("/{id}/conclude")
	String conclude(@PathVariable String id, @RequestParam(required = false) Finding finding,
			@RequestParam(required = false) String summary, RedirectAttributes redirect) {
		return step(id, "conclude", summary, redirect, () -> reports.conclude(id, finding, summary));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable String id, @RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toldOn,
			RedirectAttributes redirect) {
		return step(id, "answer", text, redirect, () -> reports.answer(id, text, toldOn));
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		return step(id, "message", text, redirect, () -> {
			reports.sendMessage(id, text);
			return null;
		});
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable String id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		CurrentUser user = access.currentUser();
		return step(id, "attachments", null, redirect, () -> {
			List<String> ids = new ArrayList<>();
			for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
				if (!file.isEmpty()) {
					try (InputStream in = file.getInputStream()) {
						ids.add(attachments.store(in, file.getOriginalFilename(), user.username(), false).id());
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			}
			if (ids.isEmpty()) {
				throw DomainException.validation("files", "required");
			}
			reports.attach(id, ids);
			return null;
		});
	}

	@FunctionalInterface
	private interface PageStep {
		Object run();
	}

	/**
	 * Runs a step and comes back to the report page: with a confirmation, or with the refusal's
	 * message and what was typed, shown on the form of that step. A hidden report is a 404 page.
	 */
	private String step(String id, String action, String typed, RedirectAttributes redirect, PageStep step) {
		try {
			step.run();
			redirect.addFlashAttribute("done", action);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND && "REPORT_NOT_FOUND".equals(e.code())
					&& !"merge".equals(action)) {
				throw e;
			}
			if (e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			redirect.addFlashAttribute("failedAction", action);
			redirect.addFlashAttribute("failedValue", typed);
			redirect.addFlashAttribute("failedMessage", describe(e));
			redirect.addFlashAttribute("failedFields", fieldMessages(e));
		}
		return "redirect:/reports/" + id;
	}

	private String describe(DomainException e) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		if (!e.fieldErrors().isEmpty()) {
			return e.fieldErrors().stream()
				.map(f -> messages.getMessage("intake.invalid.action-" + f.field(), null, f.message(), locale))
				.collect(Collectors.joining(" "));
		}
		return messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale);
	}

	/** Each invalid field's message, for a form that shows it beside the field. */
	private java.util.Map<String, String> fieldMessages(DomainException e) {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
		for (DomainException.FieldError f : e.fieldErrors()) {
			byField.putIfAbsent(f.field(), messages.getMessage("intake.invalid.action-" + f.field(), null, f.message(), locale));
		}
		return byField;
	}

	// --- helpers ------------------------------------------------------------------------------

	private void requireRegistrar(CurrentUser user) {
		if (user.roles().stream().noneMatch(r -> r.name().equals("INTAKE_OFFICER") || r.name().equals("OFFICER")
				|| r.name().equals("OFFICE_DIRECTOR"))) {
			throw DomainException.forbidden("role may not register reports");
		}
	}

	private void referenceData(Model model) {
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("channels", ReportChannel.values());
		model.addAttribute("lightValues", TrafficLight.values());
		model.addAttribute("categories", taxonomies.activeCategories());
		model.addAttribute("categoryLabels", taxonomies.activeCategories().stream()
			.collect(Collectors.toMap(CategoryRef::code, CategoryRef::label, (a, b) -> a)));
		model.addAttribute("campaignList", campaigns.all());
		model.addAttribute("units", organization.allUnits());
		model.addAttribute("unitNames", unitNames());
	}

	private Map<String, String> unitNames() {
		return organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
	}

	private List<String> unitNames(List<String> codes) {
		Map<String, Unit> byCode = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
		return codes == null ? List.of() : codes.stream().map(byCode::get).filter(u -> u != null).map(Unit::getName).toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
