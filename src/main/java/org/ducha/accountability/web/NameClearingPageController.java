package org.ducha.accountability.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.accountability.FalseAccusations;
import org.ducha.accountability.FalseAccuserKind;
import org.ducha.accountability.IntegrityReportLead;
import org.ducha.accountability.NameClearingMethod;
import org.ducha.accountability.NameClearings;
import org.ducha.accountability.NewFalseAccusation;
import org.ducha.attachment.Attachments;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Name clearing and false accusation pages (office): the reports concluded UNSUBSTANTIATED and the
 * clearings waiting for the director; for one report, the clearing form per named cadre and the
 * false-accusation form (named reports only) with evidence upload.
 */
@Controller
class NameClearingPageController {

	private final NameClearings clearings;
	private final FalseAccusations accusations;
	private final Organization organization;
	private final Attachments attachments;
	private final AccessControl access;
	private final MessageSource messages;

	NameClearingPageController(NameClearings clearings, FalseAccusations accusations, Organization organization,
			Attachments attachments, AccessControl access, MessageSource messages) {
		this.clearings = clearings;
		this.accusations = accusations;
		this.organization = organization;
		this.attachments = attachments;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/name-clearings")
	String list(Model model) {
		model.addAttribute("leads", clearings.unsubstantiatedReports());
		model.addAttribute("awaiting", clearings.awaitingApproval());
		model.addAttribute("director", access.currentUser().hasRole(Role.OFFICE_DIRECTOR));
		model.addAttribute("cadres", organization.cadresByNo(clearings.awaitingApproval().stream()
			.map(c -> c.getCadreNo()).toList()));
		return "accountability/name-clearings";
	}

	@GetMapping("/name-clearings/reports/{reportId}")
	String report(@PathVariable String reportId, Model model) {
		IntegrityReportLead lead = clearings.unsubstantiatedReport(reportId)
			.orElseThrow(() -> DomainException.notFound("REPORT_NOT_FOUND", "no unsubstantiated report"));
		model.addAttribute("lead", lead);
		model.addAttribute("cadres", organization.cadresByNo(lead.getCadreNos()));
		model.addAttribute("clearings", clearings.ofReport(lead.getReportId()));
		model.addAttribute("accusation", accusations.ofReport(lead.getReportId()).orElse(null));
		model.addAttribute("methods", NameClearingMethod.values());
		model.addAttribute("accuserKinds", FalseAccuserKind.values());
		model.addAttribute("allCadres", organization.allCadres());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("values", Map.of());
		}
		return "accountability/name-clearing-report";
	}

	@PostMapping("/name-clearings/reports/{reportId}")
	String propose(@PathVariable String reportId, @RequestParam(required = false) String cadreNo,
			@RequestParam(required = false) NameClearingMethod method, @RequestParam(required = false) String scope,
			Model model, RedirectAttributes redirect) {
		try {
			clearings.propose(reportId, cadreNo, method, scope);
			redirect.addFlashAttribute("proposed", true);
			return "redirect:/name-clearings/reports/" + reportId;
		}
		catch (DomainException e) {
			model.addAttribute("errors", IntegrityFormErrors.of(e, messages));
			model.addAttribute("values", Map.of("cadreNo", String.valueOf(cadreNo), "method",
					method == null ? "" : method.name(), "scope", scope == null ? "" : scope));
			return report(reportId, model);
		}
	}

	@PostMapping("/name-clearings/{id}/approve")
	String approve(@PathVariable String id) {
		clearings.approve(id);
		return "redirect:/name-clearings";
	}

	@PostMapping("/name-clearings/{id}/refuse")
	String refuse(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			clearings.refuse(id, reason);
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			redirect.addFlashAttribute("refuseError", id);
		}
		return "redirect:/name-clearings";
	}

	@PostMapping("/name-clearings/reports/{reportId}/false-accusation")
	String falseAccusation(@PathVariable String reportId,
			@RequestParam(defaultValue = "false") boolean knowinglyFabricated,
			@RequestParam(required = false) String facts, @RequestParam(required = false) FalseAccuserKind accuserKind,
			@RequestParam(required = false) String accuserCadreNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn,
			@RequestParam(required = false) String referredTo,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model) {
		CurrentUser user = access.currentUser();
		try {
			List<String> ids = new ArrayList<>();
			if (evidence != null) {
				for (MultipartFile file : evidence) {
					if (!file.isEmpty()) {
						ids.add(attachments.store(file.getInputStream(), file.getOriginalFilename(), user.username(), false).id());
					}
				}
			}
			accusations.record(new NewFalseAccusation(reportId, knowinglyFabricated, facts, ids, accuserKind,
					accuserCadreNo, referredOn, referredTo));
			return "redirect:/name-clearings/reports/" + reportId;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (DomainException e) {
			model.addAttribute("errors", IntegrityFormErrors.of(e, messages));
			model.addAttribute("values", Map.of("facts", facts == null ? "" : facts, "accuserKind",
					accuserKind == null ? "" : accuserKind.name(), "accuserCadreNo",
					accuserCadreNo == null ? "" : accuserCadreNo, "referredOn",
					referredOn == null ? "" : referredOn.toString(), "referredTo", referredTo == null ? "" : referredTo,
					"knowinglyFabricated", String.valueOf(knowinglyFabricated)));
			return report(reportId, model);
		}
	}
}
