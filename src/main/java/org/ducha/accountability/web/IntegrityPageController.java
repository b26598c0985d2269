package org.ducha.accountability.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.accountability.Commendations;
import org.ducha.accountability.IntegrityFiles;
import org.ducha.accountability.IntegrityOpinionEntry;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The integrity file page of a cadre (office, LEADER; a cadre his own, without reports) with the
 * commendation form for the office, and the 党风廉政意见回复 page: cadre numbers pasted or picked, a
 * date, the opinions shown and the .docx downloaded.
 */
@Controller
class IntegrityPageController {

	private final IntegrityFiles files;
	private final Commendations commendations;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final MessageSource messages;
	private final org.ducha.organization.Organization organization;
	private final org.ducha.accountability.FaultToleranceApplications faultTolerance;

	IntegrityPageController(IntegrityFiles files, Commendations commendations, AccessControl access,
			WorkingCalendar calendar, MessageSource messages, org.ducha.organization.Organization organization,
			org.ducha.accountability.FaultToleranceApplications faultTolerance) {
		this.faultTolerance = faultTolerance;
		this.files = files;
		this.commendations = commendations;
		this.access = access;
		this.calendar = calendar;
		this.messages = messages;
		this.organization = organization;
	}

	@GetMapping("/my/integrity")
	String own() {
		CurrentUser user = access.currentUser();
		if (user.cadreNo() == null) {
			throw DomainException.notFound("CADRE_NOT_FOUND", "the account is not a cadre");
		}
		return "redirect:/cadres/" + user.cadreNo() + "/integrity";
	}

	@GetMapping("/cadres/{cadreNo}/integrity")
	String file(@PathVariable String cadreNo, Model model) {
		org.ducha.accountability.IntegrityFile file = files.fileOf(cadreNo);
		model.addAttribute("file", file);
		model.addAttribute("applicable", file.openCases().stream().map(c -> c.id())
			.filter(faultTolerance::mayApply).collect(java.util.stream.Collectors.toSet()));
		CurrentUser user = access.currentUser();
		model.addAttribute("office", user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR));
		model.addAttribute("opinionReader", user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER));
		model.addAttribute("today", calendar.today());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "accountability/integrity-file";
	}

	@PostMapping("/cadres/{cadreNo}/integrity/commendations")
	String commend(@PathVariable String cadreNo, @RequestParam(required = false) String title,
			@RequestParam(required = false) String issuingBody,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
			Model model, RedirectAttributes redirect) {
		try {
			commendations.record(cadreNo, title, issuingBody, awardedOn);
			redirect.addFlashAttribute("commended", true);
			return "redirect:/cadres/" + cadreNo + "/integrity";
		}
		catch (DomainException e) {
			model.addAttribute("errors", IntegrityFormErrors.of(e, messages));
			model.addAttribute("title", title);
			model.addAttribute("issuingBody", issuingBody);
			model.addAttribute("awardedOn", awardedOn);
			return file(cadreNo, model);
		}
	}

	@GetMapping("/integrity-opinions")
	String opinions(Model model) {
		model.addAttribute("cadreNos", "");
		model.addAttribute("asOf", calendar.today());
		return opinionsPage(model);
	}

	@PostMapping("/integrity-opinions")
	String preview(@RequestParam(defaultValue = "") String cadreNos,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		model.addAttribute("cadreNos", cadreNos);
		model.addAttribute("asOf", asOf);
		try {
			List<IntegrityOpinionEntry> entries = files.opinionsOf(split(cadreNos), asOf, LocaleContextHolder.getLocale());
			model.addAttribute("entries", entries);
		}
		catch (DomainException e) {
			model.addAttribute("errors", IntegrityFormErrors.of(e, messages));
			model.addAttribute("errorDetails", e.fieldErrors());
		}
		return opinionsPage(model);
	}

	/** The .docx of the list the page previewed (the button shows only once the list was accepted). */
	@PostMapping("/integrity-opinions/document")
	ResponseEntity<byte[]> document(@RequestParam(defaultValue = "") String cadreNos,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return FaultToleranceApiController.docx(out -> files.writeAnswer(split(cadreNos), asOf, out),
				"integrity-opinions-" + asOf + ".docx");
	}

	private String opinionsPage(Model model) {
		files.opinionsAllowed();
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("cadres", organization.allCadres());
		return "accountability/integrity-opinions";
	}

	static List<String> split(String cadreNos) {
		return Arrays.stream(cadreNos.split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList();
	}
}
