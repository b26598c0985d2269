package org.ducha.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.campaign.Taxonomies;
import org.ducha.intake.AnswerRating;
import org.ducha.intake.FollowUpGrant;
import org.ducha.intake.PublicReportAccess;
import org.ducha.intake.PublicReportView;
import org.ducha.intake.Registered;
import org.ducha.intake.ReportDeadlines;
import org.ducha.organization.Unit;
import org.ducha.intake.TooManyRequestsException;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's pages, without login and made for a phone: submit a report (uploads are stored at
 * once and kept in the session, so a validation error loses neither text nor files), the done page
 * that shows tracking number and query code once, and the follow-up page. Code and PIN are asked
 * once; the verified report is then kept in the server-side session for the messages, evidence,
 * rating and review, so the PIN never travels back in a page.
 */
@Controller
@RequestMapping("/public")
class PublicReportPageController {

	static final String UPLOADS = "intake.public.uploads";
	static final String GRANT = "intake.public.followUp";

	private final PublicReportAccess access;
	private final Taxonomies taxonomies;
	private final Organization organization;
	private final Attachments attachments;
	private final MessageSource messages;
	private final ReportDeadlines deadlines;

	PublicReportPageController(PublicReportAccess access, Taxonomies taxonomies, Organization organization,
			Attachments attachments, MessageSource messages, ReportDeadlines deadlines) {
		this.deadlines = deadlines;
		this.access = access;
		this.taxonomies = taxonomies;
		this.organization = organization;
		this.attachments = attachments;
		this.messages = messages;
	}

	// --- submission ---------------------------------------------------------------------------

	@GetMapping("/report")
	String form(Model model, HttpSession session) {
		session.removeAttribute(UPLOADS);
		ReportForm form = new ReportForm();
		form.setAnonymous(true);
		model.addAttribute("form", form);
		return submissionForm(model, session);
	}

	@PostMapping("/report")
	String submit(@ModelAttribute("form") ReportForm form, BindingResult binding,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "addAccused", required = false) String addAccused, Model model, HttpSession session,
			HttpServletRequest request, RedirectAttributes redirect) {
		form.setAttachmentIds(keepUploads(files, session, binding, request.getRemoteAddr()));
		if (addAccused != null) {
			form.padAccused(1);
			return submissionForm(model, session);
		}
		try {
			if (form.getPin() != null && !form.getPin().isBlank() && !form.getPin().equals(form.getPinRepeat())) {
				FormErrors.reject(binding, "pinRepeat", text("intake.invalid.pinRepeat"));
			}
			if (binding.hasErrors()) {
				access.validate(form.toNewReport(unitNames(form)));
				form.padAccused(0);
				return submissionForm(model, session);
			}
			Registered registered = access.submit(form.toNewReport(unitNames(form)), request.getRemoteAddr());
			session.removeAttribute(UPLOADS);
			redirect.addFlashAttribute("trackingNumber", registered.report().getTrackingNumber());
			redirect.addFlashAttribute("queryCode", registered.queryCode());
			redirect.addFlashAttribute("receivedOn", registered.report().getReceivedOn());
			return "redirect:/public/report/done";
		}
		catch (DomainException e) {
			FormErrors.bind(e, binding, Map.of(), messages);
			form.padAccused(0);
			return submissionForm(model, session);
		}
	}

	private List<String> unitNames(ReportForm form) {
		return form.getAccusedUnitCodes() == null ? List.of() : form.getAccusedUnitCodes().stream()
			.map(organization::findUnit).flatMap(Optional::stream).map(Unit::getName).toList();
	}

	@GetMapping("/report/done")
	String done(Model model) {
		if (!model.containsAttribute("trackingNumber")) {
			return "redirect:/public/follow-up";
		}
		return "intake/public-done";
	}

	/** Stores new uploads (metadata stripped, each counted against the address) and returns every upload of this form so far. */
	@SuppressWarnings("unchecked")
	private List<String> keepUploads(List<MultipartFile> files, HttpSession session, BindingResult binding,
			String address) {
		List<String> kept = new ArrayList<>(Optional.ofNullable((List<String>) session.getAttribute(UPLOADS)).orElse(List.of()));
		try {
			for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
				if (file.isEmpty()) {
					continue;
				}
				try (InputStream in = file.getInputStream()) {
					kept.add(access.upload(in, file.getOriginalFilename(), address).id());
				}
				catch (DomainException e) {
					FormErrors.reject(binding, "attachmentIds",
							messages.getMessage("error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		finally {
			// what was stored stays with the form, also when the upload throttle refuses the rest (429)
			session.setAttribute(UPLOADS, new ArrayList<>(kept));
		}
		return kept;
	}

	@SuppressWarnings("unchecked")
	private String submissionForm(Model model, HttpSession session) {
		List<String> ids = Optional.ofNullable((List<String>) session.getAttribute(UPLOADS)).orElse(List.of());
		model.addAttribute("uploaded", ids.stream().map(attachments::find).flatMap(Optional::stream).toList());
		model.addAttribute("categories", taxonomies.activeCategories());
		model.addAttribute("units", organization.allUnits());
		return "intake/public-report";
	}

	// --- follow-up ----------------------------------------------------------------------------

	@GetMapping("/follow-up")
	String followUp(Model model, HttpSession session) {
		FollowUpGrant grant = (FollowUpGrant) session.getAttribute(GRANT);
		if (grant == null) {
			return "intake/public-follow-up";
		}
		return followUpView(model, access.view(grant));
	}

	@PostMapping("/follow-up")
	String openFollowUp(@RequestParam(required = false) String queryCode, @RequestParam(required = false) String pin,
			Model model, HttpSession session, HttpServletRequest request) {
		try {
			FollowUpGrant grant = access.verify(queryCode, pin, request.getRemoteAddr());
			session.setAttribute(GRANT, grant);
			return "redirect:/public/follow-up";
		}
		catch (DomainException e) {
			if (e.kind() != DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			model.addAttribute("queryCode", queryCode);
			model.addAttribute("notFound", true);
			return "intake/public-follow-up";
		}
	}

	@PostMapping("/follow-up/close")
	String closeFollowUp(HttpSession session) {
		session.removeAttribute(GRANT);
		return "redirect:/public/follow-up";
	}

	@PostMapping("/follow-up/messages")
	String message(@RequestParam(required = false) String text, HttpSession session, RedirectAttributes redirect) {
		return followUpStep("message", text, session, redirect, grant -> access.sendMessage(grant, text));
	}

	@PostMapping("/follow-up/evidence")
	String evidence(@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
			HttpServletRequest request, RedirectAttributes redirect) {
		return followUpStep("evidence", null, session, redirect, grant -> {
			List<String> ids = new ArrayList<>();
			for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
				if (!file.isEmpty()) {
					try (InputStream in = file.getInputStream()) {
						AttachmentInfo info = access.upload(in, file.getOriginalFilename(), request.getRemoteAddr());
						ids.add(info.id());
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			}
			access.addEvidence(grant, ids);
		});
	}

	@PostMapping("/follow-up/rating")
	String rating(@RequestParam(required = false) AnswerRating rating, @RequestParam(required = false) String comment,
			HttpSession session, RedirectAttributes redirect) {
		return followUpStep("rating", comment, session, redirect, grant -> access.rate(grant, rating, comment));
	}

	@PostMapping("/follow-up/review")
	String review(@RequestParam(required = false) String reason, HttpSession session, RedirectAttributes redirect) {
		return followUpStep("review", reason, session, redirect, grant -> access.requestReview(grant, reason));
	}

	@FunctionalInterface
	private interface GrantedStep {
		void run(FollowUpGrant grant);
	}

	private String followUpStep(String action, String typed, HttpSession session, RedirectAttributes redirect,
			GrantedStep step) {
		FollowUpGrant grant = (FollowUpGrant) session.getAttribute(GRANT);
		if (grant == null) {
			return "redirect:/public/follow-up";
		}
		try {
			step.run(grant);
			redirect.addFlashAttribute("done", action);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("failedAction", action);
			redirect.addFlashAttribute("failedValue", typed);
			redirect.addFlashAttribute("failedMessage", e.fieldErrors().isEmpty()
					? messages.getMessage("error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale())
					: text("intake.invalid." + e.fieldErrors().getFirst().field()));
		}
		return "redirect:/public/follow-up";
	}

	private String followUpView(Model model, PublicReportView view) {
		model.addAttribute("v", view);
		model.addAttribute("ratings", AnswerRating.values());
		model.addAttribute("zone", deadlines.zone());
		return "intake/public-report-view";
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView throttled() {
		ModelAndView mav = new ModelAndView("error");
		mav.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		mav.addObject("status", HttpStatus.TOO_MANY_REQUESTS.value());
		mav.addObject("code", TooManyRequestsException.CODE);
		mav.addObject("args", new Object[0]);
		return mav;
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}
}
